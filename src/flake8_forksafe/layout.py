"""Where a fix puts what it adds, so that the fixed code looks written by hand.

- An import goes into the module's import block where isort (and ruff's I001, with their
  defaults) would put it: in the standard-library section, `import x` lines before
  `from x import y` lines, each sorted by module; a name joins an existing
  `from multiprocessing import ...` in isort's order (constants, classes, then the rest).
  A module without a standard-library section gets one, before the others.
- A call that an edit would push past the line length is wrapped as black and ruff format wrap
  it: the arguments on one line of their own, or, when that is still too long, one per line
  with a trailing comma.
"""

from __future__ import annotations

import functools
import os
import sys
import sysconfig
from collections.abc import Sequence
from typing import Union

import libcst as cst

_EMPTY = cst.Module([])
Statement = Union[cst.SimpleStatementLine, cst.BaseCompoundStatement]


def code(node: cst.CSTNode) -> str:
    return _EMPTY.code_for_node(node)


# ----- imports --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _stdlib() -> frozenset[str]:
    if sys.version_info >= (3, 10):
        return frozenset(sys.stdlib_module_names)
    names = set(sys.builtin_module_names)  # pragma: no cover - Python 3.9
    for key in ("stdlib", "platstdlib"):  # pragma: no cover - Python 3.9
        directory = sysconfig.get_paths()[key]
        for entry in os.listdir(directory):
            if entry.endswith(".py"):
                names.add(entry[:-3])
            elif os.path.isfile(os.path.join(directory, entry, "__init__.py")):
                names.add(entry)
        dynload = os.path.join(directory, "lib-dynload")
        if os.path.isdir(dynload):
            names.update(entry.split(".")[0] for entry in os.listdir(dynload))
    return frozenset(names - {"site-packages"})  # pragma: no cover - Python 3.9


def _imported(statement: cst.BaseStatement) -> tuple[int, str] | None:
    """(0 for `import x`, 1 for `from x import y`; the module) of an import line, else None."""
    if not isinstance(statement, cst.SimpleStatementLine) or not statement.body:
        return None
    first = statement.body[0]
    if isinstance(first, cst.Import):
        return 0, code(first.names[0].name)
    if isinstance(first, cst.ImportFrom):
        module = code(first.module) if first.module is not None else ""
        return 1, "." * len(first.relative) + module
    return None


def _sort_key(kind: int, module: str) -> tuple[int, str, str]:
    return kind, module.lower(), module


def _member_key(name: str) -> tuple[int, str, str]:
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower(), name


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _blank_prefix(lines: tuple[cst.EmptyLine, ...]) -> tuple[list[cst.EmptyLine], list[cst.EmptyLine]]:
    """The blank lines before a statement's first comment, and the rest."""
    split = next((index for index, line in enumerate(lines) if line.comment is not None), len(lines))
    return list(lines[:split]), list(lines[split:])


def add_import(module: cst.Module, name: str, member: str | None, max_line_length: int) -> cst.Module:
    """`import name`, or `from name import member`, added where isort would add it."""
    body: list[Statement] = list(module.body)
    start = 1 if body and _is_docstring(body[0]) else 0
    block = []
    for index in range(start, len(body)):
        found = _imported(body[index])
        if found is None:
            break
        block.append((index, *found))
    if member is not None:
        for index, kind, imported in block:
            statement = body[index]
            assert isinstance(statement, cst.SimpleStatementLine)
            first = statement.body[0]
            names = first.names if isinstance(first, cst.ImportFrom) else None
            if (
                kind == 1
                and imported == name
                and isinstance(first, cst.ImportFrom)
                and isinstance(names, Sequence)
            ):
                joined = _with_member(first, member, max_line_length)
                body[index] = statement.with_changes(body=[joined, *statement.body[1:]])
                return module.with_changes(body=body)
    if member is None:
        new = cst.SimpleStatementLine([cst.Import([cst.ImportAlias(cst.Name(name))])])
    else:
        new = cst.SimpleStatementLine([cst.ImportFrom(cst.Name(name), [cst.ImportAlias(cst.Name(member))])])
    key = _sort_key(0 if member is None else 1, name)
    futures = [index for index, _, imported in block if imported == "__future__"]
    stdlib = [
        (index, _sort_key(kind, imported))
        for index, kind, imported in block
        if imported != "__future__" and imported.split(".")[0] in _stdlib()
    ]
    others = [index for index, _, imported in block if index not in futures]
    if stdlib:
        before = [index for index, other in stdlib if other < key]
        at = max(before) + 1 if before else min(index for index, _ in stdlib)
        if not before:
            new, body[at] = _take_blank_lines(new, body[at])
        body.insert(at, new)
    elif others:  # a standard-library section of its own, first
        at = min(others)
        new, body[at] = _take_blank_lines(new, body[at])
        rest = body[at].leading_lines
        body[at] = body[at].with_changes(leading_lines=[cst.EmptyLine(), *rest])
        body.insert(at, new)
    else:
        at = max(futures) + 1 if futures else start
        if futures or start:
            new = new.with_changes(leading_lines=[cst.EmptyLine()])
        if at < len(body):
            body[at] = _lines_after_imports(body[at])
        body.insert(at, new)
    return module.with_changes(body=body)


def _take_blank_lines(
    new: cst.SimpleStatementLine, statement: Statement
) -> tuple[cst.SimpleStatementLine, Statement]:
    blank, rest = _blank_prefix(tuple(statement.leading_lines))
    return new.with_changes(leading_lines=blank), statement.with_changes(leading_lines=rest)


def _lines_after_imports(statement: Statement) -> Statement:
    """At least the blank lines isort leaves after an import block: 2 before a def or class, else 1."""
    wanted = 2 if isinstance(statement, (cst.FunctionDef, cst.ClassDef)) else 1
    blank, rest = _blank_prefix(tuple(statement.leading_lines))
    missing = max(wanted - len(blank), 0)
    return statement.with_changes(leading_lines=[*blank, *[cst.EmptyLine()] * missing, *rest])


def _with_member(statement: cst.ImportFrom, member: str, max_line_length: int) -> cst.ImportFrom:
    assert not isinstance(statement.names, cst.ImportStar)
    names = list(statement.names)
    new = cst.ImportAlias(cst.Name(member))
    at = next(
        (index for index, alias in enumerate(names) if _member_key(code(alias.name)) > _member_key(member)),
        len(names),
    )
    separator = next(
        (alias.comma for alias in names[:-1] if isinstance(alias.comma, cst.Comma)),
        cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")),
    )
    if at < len(names):
        names.insert(at, new.with_changes(comma=separator))
    else:
        last = names[-1]
        new = new.with_changes(comma=last.comma)  # a trailing comma stays trailing
        names[-1] = last.with_changes(comma=separator)
        names.append(new)
    joined = statement.with_changes(names=names)
    if statement.lpar is not None or len(code(joined)) <= max_line_length:
        return joined
    return _one_per_line_import(joined)


def _one_per_line_import(statement: cst.ImportFrom) -> cst.ImportFrom:
    assert not isinstance(statement.names, cst.ImportStar)
    inside = _break("    ")
    names = [alias.with_changes(comma=cst.Comma(whitespace_after=inside)) for alias in statement.names]
    names[-1] = names[-1].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace("")))
    return statement.with_changes(
        names=names,
        lpar=cst.LeftParen(whitespace_after=inside),
        rpar=cst.RightParen(whitespace_before=_break("")),
    )


def _break(indent: str) -> cst.ParenthesizedWhitespace:
    """A line break inside brackets, then the block's indentation and `indent`."""
    return cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(indent)
    )


# ----- wrapping a call ------------------------------------------------------------------------
def wrapped(call: cst.Call, line: str, before: str, max_line_length: int, indent: str) -> cst.Call:
    """`call`, with its arguments on lines of their own if the edit made `line` too long.

    `line` is the physical line the call was on and `before` the call's code there; a call
    that spans lines, or a line that was too long already, is left as it is.
    """
    after = code(call)
    line = line.rstrip("\r\n")
    if "\n" in before or "\n" in after or not call.args or len(line) > max_line_length:
        return call
    if len(line) - len(before) + len(after) <= max_line_length:
        return call
    margin = len(line) - len(line.lstrip()) + len(indent)
    args = [
        arg.with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=cst.SimpleWhitespace(""))
        for arg in call.args
    ]
    together = ", ".join(code(arg) for arg in args)
    if margin + len(together) <= max_line_length:
        spaced = [
            arg.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))) for arg in args
        ]
        spaced[-1] = args[-1].with_changes(whitespace_after_arg=_break(""))
        return call.with_changes(whitespace_before_args=_break(indent), args=spaced)
    broken = [arg.with_changes(comma=cst.Comma(whitespace_after=_break(indent))) for arg in args]
    broken[-1] = args[-1].with_changes(comma=cst.Comma(whitespace_after=_break("")))
    return call.with_changes(whitespace_before_args=_break(indent), args=broken)
