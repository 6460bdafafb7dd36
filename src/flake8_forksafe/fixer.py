"""Automatic fixes: libcst edits at the sinks the checker found, everything else left byte for byte.

The checker (one engine for every front) says which sinks exist and, through `Finding.repair`,
what shape of edit makes each one safe. This module finds the libcst node at that position
(one MetadataWrapper per pass), decides whether the edit is safe here, and makes it:

- FRK001: name the start method. `ProcessPoolExecutor(...)` gains `mp_context=<ctx>`,
  `multiprocessing.pool.Pool(...)` `context=<ctx>`, managers `ctx=<ctx>`; `multiprocessing.Pool(...)`
  / `Process(...)` / `Manager()` and local `Process` subclasses' bases become `<ctx>.Pool` and so
  on; a default `get_context()` becomes `get_context("spawn")`. `<ctx>` is
  `get_context("spawn")` spelled through the file's own imports, with one import added if needed.
  Only where the site would be clean under FRK101-FRK104 afterwards (the judge works that out
  and leaves a blocker naming the FRK1xx on the finding): a site that runs at import time
  outside the main guard, a lambda or local function as its target, initializer or task, an
  argument that cannot be pickled... is left alone, with the reason. As a second guard, a pass
  after which the checker sees more FRK1xx findings than before is undone.
- FRK004: `preexec_fn=os.setsid` becomes `start_new_session=True` (exactly the same effect).
  Applied by default.
- FRK004 (safe, on request: `--select FRK004`): `preexec_fn=os.setsid` -> `start_new_session=True`.
- FRK002 (unsafe: only with `--unsafe-fixes`): the "fork" start method becomes the chosen one.
- FRK003: no fix.
The checker runs again after each pass until nothing changes, so a fix never leaves a finding of
its kind at a fixed site and a second run changes nothing.
"""

from __future__ import annotations

import ast
import difflib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider, Scope, ScopeProvider

from .cstgate import libcst_problem
from .engine import Checker
from .facts import RepairKind, Span
from .judge import Finding
from .layout import add_import, wrapped
from .rules import DEFAULT_FIX_CODES
from .source import Source, parse

if TYPE_CHECKING:  # typing.TypeGuard is new in Python 3.10
    from typing import TypeGuard

MAX_PASSES = 8
DEFAULT_MAX_LINE_LENGTH = 79  # flake8's


@dataclass(frozen=True)
class Change:
    line: int  # where the finding was, in the file as it was before this change
    col: int
    code: str
    description: str


@dataclass(frozen=True)
class Skip:
    line: int  # in the fixed file
    col: int
    code: str
    reason: str


@dataclass
class FixResult:
    text: str
    original: str = ""
    changes: list[Change] = field(default_factory=list)  # positions in `original`
    skipped: list[Skip] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)  # every finding left in `text`
    before: list[Finding] = field(default_factory=list)  # every finding in `original`

    def remaining_in_original(self) -> list[tuple[Finding, Finding]]:
        """Each remaining finding, with the same finding in `original` (its position and message there)."""
        if self.text == self.original:
            return [(finding, finding) for finding in self.remaining]
        back = PositionMap(self.original, self.text)
        at = {(finding.line, finding.col, finding.code): finding for finding in self.before}
        pairs = []
        for finding in self.remaining:
            line, col = back.back(finding.line, finding.col)
            same = at.get((line, col, finding.code))
            if same is None:  # the map is exact for unedited text; else the nearest on that line
                near = [f for f in self.before if f.code == finding.code and f.line == line]
                same = min(near, key=lambda f: abs(f.col - col), default=None)
            pairs.append((finding, same or replace(finding, line=line, col=col)))
        return pairs


# A finding is visible when the front would show it (flake8's select, ignore, noqa ...).
Shown = Callable[[list[Finding], str], list[Finding]]


class PositionMap:
    """Positions in a changed text back to the text it was made from (line 1-based, column 0-based)."""

    def __init__(self, old: str, new: str) -> None:
        self.old = Source(old, "").lines
        self.new = Source(new, "").lines
        self.blocks = difflib.SequenceMatcher(None, self.old, self.new).get_opcodes()

    def back(self, line: int, col: int) -> tuple[int, int]:
        index = line - 1
        for tag, old_start, old_end, new_start, new_end in self.blocks:
            if not new_start <= index < new_end:
                continue
            if tag == "equal":
                return old_start + index - new_start + 1, col
            if old_end == old_start:  # an inserted line: where the insertion is
                return old_start + 1, 0
            old_index = min(old_start + index - new_start, old_end - 1)
            return old_index + 1, self._column(self.old[old_index], self.new[index], col)
        return line, col

    @staticmethod
    def _column(old: str, new: str, col: int) -> int:
        for tag, old_start, _, new_start, new_end in difflib.SequenceMatcher(None, old, new).get_opcodes():
            if new_start <= col < new_end:
                return old_start + col - new_start if tag == "equal" else old_start
        return min(col, len(old))


def fix_text(
    text: str,
    checker: Checker,
    method: str = "spawn",
    codes: frozenset[str] = DEFAULT_FIX_CODES,
    filename: str = "stdin",
    shown: Shown | None = None,
    max_line_length: int = DEFAULT_MAX_LINE_LENGTH,
) -> FixResult:
    """Fixes the findings whose code is in `codes` and that `shown` keeps (default: all).

    `filename` places the module in its project, as for `Checker.check`.
    Edited lines are wrapped where they would grow past `max_line_length` (flake8's option).
    Raises UnreadableSource if `text` does not parse.
    """
    result = FixResult(text, text)
    passes = 0
    # Before the last pass: its text, changes, findings shown and findings (for undoing it).
    last: tuple[str, list[Change], list[Finding], list[Finding]] | None = None
    while True:
        tree = parse(result.text)  # one parse a pass serves the checker and the libcst gate
        found = checker.check(tree, Source(result.text, "").lines, filename)
        grown = None if last is None else _readiness(found) - _readiness(last[3])
        if last is not None and grown:
            return _undo(result, last, codes, grown)
        findings = found if shown is None else shown(found, result.text)
        result.remaining = findings
        if passes == 0:
            result.before = findings
        wanted = [finding for finding in findings if finding.code in codes]
        if passes == MAX_PASSES:
            result.skipped = [Skip(f.line, f.col, f.code, "the fixes did not settle") for f in wanted]
            return result
        if not wanted or any(finding.code == "FRK000" for finding in found):
            result.skipped = [Skip(f.line, f.col, f.code, _no_fix_reason(f)) for f in wanted]
            return result
        new_text, changes, skipped = _one_pass(result.text, tree, wanted, method, max_line_length)
        result.skipped = skipped
        if new_text == result.text:
            return result
        if passes:  # report where the finding was in the file as it was given
            back = PositionMap(result.original, result.text)
            changes = [_moved(change, *back.back(change.line, change.col)) for change in changes]
        last = (result.text, list(result.changes), findings, found)
        result.text = new_text
        result.changes += changes
        passes += 1


def _moved(change: Change, line: int, col: int) -> Change:
    return replace(change, line=line, col=col)


def _readiness(findings: Sequence[Finding]) -> Counter[str]:
    """How many FRK1xx findings of each code: what would break under spawn or forkserver."""
    return Counter(finding.code for finding in findings if finding.code.startswith("FRK1"))


def _undo(
    result: FixResult,
    before: tuple[str, list[Change], list[Finding], list[Finding]],
    codes: frozenset[str],
    grown: Counter[str],
) -> FixResult:
    """The last pass made the program break under spawn: keep the text from before it."""
    result.text, result.changes, result.remaining = before[:3]
    reason = f"the fix would make {', '.join(sorted(grown))} appear (the program would break under spawn)"
    result.skipped = [Skip(f.line, f.col, f.code, reason) for f in before[2] if f.code in codes]
    return result


def _no_fix_reason(finding: Finding) -> str:
    if finding.repair is not None and finding.repair.blocker:
        return finding.repair.blocker
    return "the file could not be analysed"


def _one_pass(
    text: str, tree: ast.Module, findings: Sequence[Finding], method: str, max_line_length: int
) -> tuple[str, list[Change], list[Skip]]:
    problem = libcst_problem(text, tree)
    if problem is not None:
        return text, [], [Skip(f.line, f.col, f.code, problem) for f in findings]
    changes: list[Change] = []
    skipped: list[Skip] = []
    try:
        planner = _Planner(text, method, max_line_length)
        for finding in findings:
            outcome = planner.plan(finding)
            if isinstance(outcome, str):
                skipped.append(Skip(finding.line, finding.col, finding.code, outcome))
            else:
                changes.append(Change(finding.line, finding.col, finding.code, outcome.description))
        return planner.apply(), changes, skipped
    except RecursionError:
        # libcst's metadata and transforms recurse per nesting level (from about 150 levels);
        # the checker's guards let such files through because the analysis runs on `ast`.
        reason = "the file nests too deeply for libcst's scope analysis: fix it by hand"
        return text, [], [Skip(f.line, f.col, f.code, reason) for f in findings]


@dataclass
class _Edit:
    description: str
    rewrite: Callable[[cst.CSTNode], cst.CSTNode]


class _Planner:
    """Plans edits on one libcst tree, then applies them all at once."""

    def __init__(self, text: str, method: str, max_line_length: int) -> None:
        self.lines = Source(text, "").lines
        self.method = method
        self.max_line_length = max_line_length
        self.wrapper = MetadataWrapper(cst.parse_module(text), unsafe_skip_copy=True)
        self.module = self.wrapper.module
        self.positions = self.wrapper.resolve(PositionProvider)
        self.scopes = self.wrapper.resolve(ScopeProvider)
        self.parents = self.wrapper.resolve(ParentNodeProvider)
        self.by_range: dict[tuple[int, int, int, int], list[cst.CSTNode]] = {}
        self.calls_at: dict[tuple[int, int], list[cst.Call]] = {}
        for node, where in self.positions.items():
            key = (where.start.line, where.start.column, where.end.line, where.end.column)
            self.by_range.setdefault(key, []).append(node)
            if isinstance(node, cst.Call):
                self.calls_at.setdefault((where.start.line, where.start.column), []).append(node)
        self.edits: dict[cst.CSTNode, _Edit] = {}
        self.imports: list[tuple[str, str | None]] = []
        self.wraps: dict[cst.Call, tuple[str, str]] = {}  # a call -> its line and code before the edits

    # ----- finding nodes ------------------------------------------------------------------
    def _char_col(self, line: int, byte_col: int) -> int:
        if not 0 < line <= len(self.lines):
            return byte_col
        return len(self.lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    def _node_at(self, span: Span, kind: type) -> cst.CSTNode | None:
        key = (
            span.line,
            self._char_col(span.line, span.col),
            span.end_line,
            self._char_col(span.end_line, span.end_col),
        )
        return next((node for node in self.by_range.get(key, []) if isinstance(node, kind)), None)

    # ----- planning -----------------------------------------------------------------------
    def plan(self, finding: Finding) -> _Edit | str:
        """The edit that fixes `finding`, or why it is left alone."""
        repair = finding.repair
        if repair is None:
            return "no automatic fix exists for this rule"
        if repair.kind is None or repair.at is None:
            return repair.blocker or "no automatic fix for this call"
        site = self.calls_at.get((finding.line, finding.col), [None])[0]
        if site is None:
            return "could not find the call in the source"
        kind = repair.kind
        if kind is RepairKind.NEW_SESSION:
            return self._plan_new_session(repair.at)
        if kind is RepairKind.START_METHOD:
            return self._plan_start_method(repair.at)
        # What spawn needs (FRK101-FRK104) was judged with the finding: a site it would break
        # carries a blocker instead of a repair, and never gets here.
        if kind is RepairKind.CONTEXT_METHOD:
            planned = self._plan_context_method(repair.at)
        elif kind is RepairKind.CONTEXT_ARGUMENT:
            planned = self._plan_context_argument(repair.at, repair.name, repair.position)
        else:
            planned = self._plan_context_callable(repair.at, repair.name)
        if isinstance(planned, _Edit):
            self._keep_in_line(site)
        return planned

    def _keep_in_line(self, call: cst.Call) -> None:
        """Wrap the call's arguments if the edits make its line too long."""
        where = self.positions[call]
        if where.start.line == where.end.line and 0 < where.start.line <= len(self.lines):
            self.wraps.setdefault(call, (self.lines[where.start.line - 1], self._code(call)))

    def _add(self, node: cst.CSTNode, edit: _Edit) -> _Edit:
        return self.edits.setdefault(node, edit)

    def _plan_new_session(self, at: Span) -> _Edit | str:
        call = self._node_at(at, cst.Call)
        if not isinstance(call, cst.Call):
            return "could not find the call in the source"

        def rewrite(node: cst.CSTNode) -> cst.CSTNode:
            assert isinstance(node, cst.Call)
            args = [
                arg.with_changes(keyword=cst.Name("start_new_session"), value=cst.Name("True"))
                if arg.keyword is not None and arg.keyword.value == "preexec_fn"
                else arg
                for arg in node.args
            ]
            return node.with_changes(args=args)

        self._keep_in_line(call)
        return self._add(call, _Edit("preexec_fn=os.setsid -> start_new_session=True", rewrite))

    def _plan_start_method(self, at: Span) -> _Edit | str:
        literal = self._node_at(at, cst.BaseString)
        if literal is None:
            return "could not find the start method in the source"
        replacement = cst.SimpleString(f'"{self.method}"')
        argument = self.parents.get(literal)
        call = self.parents.get(argument) if argument is not None else None
        if isinstance(call, cst.Call):
            self._keep_in_line(call)
        return self._add(literal, _Edit(f'"fork" -> "{self.method}"', lambda node: replacement))

    def _plan_context_method(self, at: Span) -> _Edit | str:
        call = self._node_at(at, cst.Call)
        if not isinstance(call, cst.Call):
            return "could not find the get_context() call in the source"
        method = cst.SimpleString(f'"{self.method}"')

        def rewrite(node: cst.CSTNode) -> cst.CSTNode:
            assert isinstance(node, cst.Call)
            if not node.args:
                return node.with_changes(args=[cst.Arg(method)])
            return node.with_changes(args=[node.args[0].with_changes(value=method), *node.args[1:]])

        self._keep_in_line(call)
        return self._add(call, _Edit(f'get_context() -> get_context("{self.method}")', rewrite))

    def _plan_context_argument(self, at: Span, keyword: str, position: int | None) -> _Edit | str:
        call = self._node_at(at, cst.Call)
        if not isinstance(call, cst.Call):
            return "could not find the call in the source"
        context = self._context_expression(call, None)
        if isinstance(context, str):
            return context

        def rewrite(node: cst.CSTNode) -> cst.CSTNode:
            assert isinstance(node, cst.Call)
            return _set_argument(node, keyword, position, context)

        return self._add(call, _Edit(f"passed {keyword}={self._code(context)}", rewrite))

    def _plan_context_callable(self, at: Span, attribute: str) -> _Edit | str:
        target = self._node_at(at, cst.BaseExpression)
        if not isinstance(target, cst.BaseExpression):
            return "could not find the name in the source"
        receiver = target.value if isinstance(target, cst.Attribute) else None
        context = self._context_expression(target, receiver)
        if isinstance(context, str):
            return context
        replacement = cst.Attribute(context, cst.Name(attribute))
        description = f"{self._code(target)} -> {self._code(replacement)}"
        return self._add(target, _Edit(description, lambda node: replacement))

    # ----- spelling get_context("spawn") the file's way ------------------------------------
    def _context_expression(
        self, site: cst.CSTNode, receiver: cst.BaseExpression | None
    ) -> cst.BaseExpression | str:
        scope = self.scopes.get(site)
        if scope is None:
            return "could not resolve names at the call"
        method = cst.Arg(cst.SimpleString(f'"{self.method}"'))
        if receiver is not None and _names(scope, receiver) == {"multiprocessing"}:
            return cst.Call(cst.Attribute(receiver.deep_clone(), cst.Name("get_context")), [method])
        for name in self._imported_names():
            bound = _names(scope, name)
            if bound == {"multiprocessing"}:
                return cst.Call(cst.Attribute(cst.Name(name), cst.Name("get_context")), [method])
            if bound == {"multiprocessing.get_context"}:
                return cst.Call(cst.Name(name), [method])
        spellings = [("multiprocessing", None), ("multiprocessing", "get_context")]
        if self._uses_from_import():
            spellings.reverse()
        for module, obj in spellings:
            name = obj or module
            if _names(scope, name) or name in scope.globals:
                continue  # the name means something else here
            if (module, obj) not in self.imports:
                self.imports.append((module, obj))
            if obj is None:
                return cst.Call(cst.Attribute(cst.Name(module), cst.Name("get_context")), [method])
            return cst.Call(cst.Name(obj), [method])
        return "the names multiprocessing and get_context both mean something else here"

    def _imported_names(self) -> list[str]:
        """Names the file binds to multiprocessing or multiprocessing.get_context, in order."""
        names = []
        for node in self.positions:
            if isinstance(node, cst.Import):
                for alias in node.names:
                    dotted = self._code(alias.name)
                    if alias.asname is None and dotted.split(".")[0] == "multiprocessing":
                        names.append("multiprocessing")  # `import multiprocessing.pool` binds it too
                    elif dotted == "multiprocessing" and alias.asname is not None:
                        names.append(self._code(alias.asname.name))
            elif self._is_from_import(node, "multiprocessing") and isinstance(node.names, Sequence):
                for alias in node.names:
                    if self._code(alias.name) == "get_context":
                        names.append(self._code(alias.asname.name) if alias.asname else "get_context")
        return list(dict.fromkeys(names))

    def _is_from_import(self, node: cst.CSTNode, module: str) -> TypeGuard[cst.ImportFrom]:
        return (
            isinstance(node, cst.ImportFrom)
            and node.module is not None
            and not node.relative
            and self._code(node.module) == module
        )

    def _uses_from_import(self) -> bool:
        return any(self._is_from_import(node, "multiprocessing") for node in self.positions)

    def _code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    # ----- applying -----------------------------------------------------------------------
    def apply(self) -> str:
        if not self.edits:
            return self.module.code
        indent = self.module.default_indent
        module = self.module.visit(_Rewriter(self.edits, self.wraps, self.max_line_length, indent))
        for name, member in self.imports:
            module = add_import(module, name, member, self.max_line_length)
        return module.code


class _Rewriter(cst.CSTTransformer):
    def __init__(
        self,
        edits: dict[cst.CSTNode, _Edit],
        wraps: dict[cst.Call, tuple[str, str]],
        max_line_length: int,
        indent: str,
    ) -> None:
        super().__init__()
        self.edits = edits
        self.wraps = wraps
        self.max_line_length = max_line_length
        self.indent = indent

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
        edit = self.edits.get(original_node)
        node = updated_node if edit is None else edit.rewrite(updated_node)
        wrap = self.wraps.get(original_node)  # type: ignore[call-overload]
        if wrap is not None and isinstance(node, cst.Call):
            line, before = wrap
            node = wrapped(node, line, before, self.max_line_length, self.indent)
        return node


def _names(scope: Scope, name_or_node: str | cst.CSTNode) -> set[str]:
    return {qualified.name for qualified in scope.get_qualified_names_for(name_or_node)}


# ----- adding an argument without disturbing the call's layout ------------------------------
def _set_argument(call: cst.Call, keyword: str, position: int | None, value: cst.BaseExpression) -> cst.Call:
    """`keyword=value` in `call`: replaces the argument if it is there, appends it if not."""
    args = list(call.args)
    for index, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == keyword:
            args[index] = arg.with_changes(value=value)
            return call.with_changes(args=args)
    positional = [index for index, arg in enumerate(args) if arg.keyword is None and not arg.star]
    if position is not None and position < len(positional):
        index = positional[position]
        args[index] = args[index].with_changes(value=value)
        return call.with_changes(args=args)
    new = cst.Arg(
        value,
        keyword=cst.Name(keyword),
        equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
    )
    if not args:
        return call.with_changes(args=[new])
    last = args[-1]
    layout = _argument_layout(call)
    separator: cst.BaseParenthesizableWhitespace = cst.SimpleWhitespace(" ") if layout is None else layout
    if isinstance(last.comma, cst.Comma):  # a trailing comma stays after the new last argument
        after = last.comma.whitespace_after
        if isinstance(after, cst.ParenthesizedWhitespace) and layout is not None:
            kept = after.with_changes(indent=layout.indent, last_line=layout.last_line)
            args[-1] = last.with_changes(comma=last.comma.with_changes(whitespace_after=kept))
            new = new.with_changes(comma=cst.Comma(whitespace_after=_bare(after)))
        else:
            args[-1] = last.with_changes(comma=last.comma.with_changes(whitespace_after=separator))
            new = new.with_changes(comma=cst.Comma(whitespace_after=after))
    else:
        after_arg = last.whitespace_after_arg
        if isinstance(after_arg, cst.ParenthesizedWhitespace) and layout is not None:
            comma_after: cst.BaseParenthesizableWhitespace = after_arg.with_changes(
                indent=layout.indent, last_line=layout.last_line
            )
            new = new.with_changes(whitespace_after_arg=_bare(after_arg))
        else:
            comma_after = separator
            new = new.with_changes(whitespace_after_arg=after_arg)
        args[-1] = last.with_changes(
            comma=cst.Comma(whitespace_after=comma_after), whitespace_after_arg=cst.SimpleWhitespace("")
        )
    return call.with_changes(args=[*args, new])


def _argument_layout(call: cst.Call) -> cst.ParenthesizedWhitespace | None:
    """The line break and indentation between a call's arguments; None when they share a line."""
    for arg in call.args[:-1]:
        if isinstance(arg.comma, cst.Comma):
            after = arg.comma.whitespace_after
            return _bare(after) if isinstance(after, cst.ParenthesizedWhitespace) else None
    before = call.whitespace_before_args
    return _bare(before) if isinstance(before, cst.ParenthesizedWhitespace) else None


def _bare(whitespace: cst.ParenthesizedWhitespace) -> cst.ParenthesizedWhitespace:
    """The same line break and indentation, without the comment or blank lines."""
    return whitespace.with_changes(first_line=cst.TrailingWhitespace(), empty_lines=[])
