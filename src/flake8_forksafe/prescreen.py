"""Conservative tests run before the analysis: can this module have a finding at all?

Every finding needs a name resolved through an import (facts.py binds catalog values only
from `import` and `from ... import` statements). An FRK00x finding needs one for its thread
evidence and one for its sink. An FRK1xx finding (spawn readiness) needs no thread evidence,
but every one of them sits at, or is about, a process made through `multiprocessing` or a
`concurrent.futures.ProcessPoolExecutor` (a Process, a pool, an executor, a manager, a
context, set_start_method): those names need an import too. Two screens follow, cheapest first:

- text: a module that never mentions a process module as a whole word cannot have a finding,
  nor can one that mentions no thread module unless it mentions `multiprocessing` or
  `concurrent` (`str.find`, at C speed);
- imports: flake8 hands the plugin its `ast` tree, and walking its statements (never its
  expressions) finds every import. A module has a finding only if one import binds a name
  that leads to thread evidence (`threading`, `threading.Thread`, but not `os.path`) and
  one binds a name that leads to a sink, or if one binds a name that leads to a process
  maker (`multiprocessing`, `multiprocessing.Process`, `concurrent.futures`, but not
  `concurrent.futures.ThreadPoolExecutor`).

Across the project (`alone` False: any scope but `module`) thread evidence may come from other
modules, so only the sink side is screened there.

False passes are fine here; false rejections would be missed findings (tests/test_prescreen.py
checks the property, and tests/test_equivalence.py compares whole corpora).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from . import catalog
from .catalog import Role

# Roles whose calls (or whose subclasses' constructions, methods or imports) are thread evidence.
_EVIDENCE_ROLES = frozenset(
    {Role.THREAD_STARTER, Role.LOCK_FACTORY, Role.INSTANCE, Role.MODULE_STARTER, Role.IMPORT_STARTER}
)
_SINK_ROLES = frozenset(Role) - _EVIDENCE_ROLES - {Role.MIXIN}


def _names_playing(roles: frozenset[Role]) -> frozenset[str]:
    """Catalog names (and aliases) whose call or subclass plays one of `roles`."""
    names = {name for name, entry in catalog.ENTRIES.items() if {entry.role, entry.subclass_role} & roles}
    names |= {alias for alias, name in catalog.ALIASES.items() if name in names}
    return frozenset(names)


EVIDENCE_NAMES = _names_playing(_EVIDENCE_ROLES)
SINK_NAMES = _names_playing(_SINK_ROLES - {Role.EVENT_LOOP})
EVIDENCE_MODULES = catalog.top_level_modules(tuple(EVIDENCE_NAMES))
SINK_MODULES = catalog.top_level_modules(tuple(SINK_NAMES))


def whole_words(modules: Iterable[str]) -> tuple[str, ...]:
    """The words `mentions` looks for, sorted (plain strings: `str.find` scans at C speed and
    needs no compiled pattern, which cost a tenth of the plugin's import)."""
    return tuple(sorted(set(modules)))


def mentions(source: str, words: tuple[str, ...]) -> bool:
    """Whether `source` holds one of the words whole, as `\\bword\\b` would find it."""
    for word in words:
        start = source.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not _is_word_character(source[start - 1])) and (
                end == len(source) or not _is_word_character(source[end])
            ):
                return True
            start = source.find(word, start + 1)
    return False


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what `re` calls \w in a str pattern


def _leading_parts(names: Iterable[str]) -> frozenset[str]:
    """`threading.Thread` -> {`threading`, `threading.Thread`}: what an import may bind on the way."""
    parts: set[str] = set()
    for name in names:
        pieces = name.split(".")
        parts.update(".".join(pieces[:end]) for end in range(1, len(pieces) + 1))
    return frozenset(parts)


_SINK_WORDS = whole_words(SINK_MODULES)
# A sink's call always names one of these (`mp.Pool`, `os.fork`, `ctx.Process`, `preexec_fn=`, a
# local `class Worker(Process)`): the words a module without thread evidence of its own needs.
# subprocess's run / call / Popen are sinks only with preexec_fn, so that word stands for them
# (`run` and `call` are in most modules).
_PREEXEC_NAMES = frozenset(name for name, entry in catalog.ENTRIES.items() if entry.role is Role.PREEXEC)
_SINK_CALL_WORDS = whole_words(
    {name.rsplit(".", 1)[1] for name in SINK_NAMES - _PREEXEC_NAMES - set(catalog.ALIASES)}
    | catalog.CONTEXT_PROCESS_METHODS
    | {"preexec_fn", "fork", "forkpty"}
)
# Across the project a sink may also come through a project module that re-exports it
# (`from .compat import ProcessPoolExecutor`): its name is then the only trace in the text.
# (subprocess's run / call re-exported are sinks only with preexec_fn, which is distinctive.)
_RE_EXPORT_WORDS = whole_words(
    {name for name, entries in catalog.SINKS_BY_NAME.items() if entries[0].role is not Role.PREEXEC}
    | {"preexec_fn"}
)
_SINK_LEADS = _leading_parts(SINK_NAMES)
# FRK1xx: every finding is about a process made through one of these (readiness.MAKERS and the
# contexts, set_start_method); any name under `multiprocessing` may lead to one.
PROCESS_MODULE = "multiprocessing"
_PROCESS_LEADS = _leading_parts(
    ("concurrent.futures.ProcessPoolExecutor", "concurrent.futures.process.ProcessPoolExecutor")
)
_PROCESS_WORDS = whole_words(catalog.top_level_modules((PROCESS_MODULE, *_PROCESS_LEADS)))
# Statement fields that hold statements (or handlers and match cases, which hold statements).
_BLOCK_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")
_blocks_of: dict[type[ast.AST], tuple[str, ...]] = {}


def _block_fields(node_type: type[ast.AST]) -> tuple[str, ...]:
    """The block fields of one node type, worked out once per type (most statements have none)."""
    fields = _blocks_of.get(node_type)
    if fields is None:
        fields = _blocks_of[node_type] = tuple(name for name in _BLOCK_FIELDS if name in node_type._fields)
    return fields


def import_statements(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement in the module (also in functions and classes), walking statements only."""
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        else:  # only statements, handlers and cases get here: their block fields hold lists
            blocks = [child for field in _block_fields(type(node)) for child in getattr(node, field)]
            pending.extend(reversed(blocks))  # in their order: a stack pops the last first


def imported_refs(tree: ast.Module) -> Iterator[str]:
    """The qualified names every non-relative import in the module binds, as facts.py binds them."""
    for node in import_statements(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name if alias.asname else alias.name.split(".", 1)[0]
        elif not node.level and node.module:
            # `from m import *` binds names under `m`: `m` itself leads wherever they do.
            yield from (
                node.module if alias.name == "*" else f"{node.module}.{alias.name}" for alias in node.names
            )


# Besides a catalog name: what a program's other modules learn from a module's own code.
_PASSED_ON_WORDS = whole_words({"run_in_executor", "set_start_method"})


class Prescreen:
    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        extra = tuple(extra_names)
        self._evidence_words = whole_words(EVIDENCE_MODULES | catalog.top_level_modules(extra))
        self._evidence_leads = _leading_parts(EVIDENCE_NAMES | set(extra))

    def may_start_threads_or_set_method(self, source: str) -> bool:
        """False only when the module's own code cannot start a thread nor call set_start_method:
        then a program that holds it learns nothing from it but its imports."""
        return mentions(source, self._evidence_words) or mentions(source, _PASSED_ON_WORDS)

    def may_have_findings(self, source: str, tree: ast.Module | None = None, alone: bool = True) -> bool:
        """False only when the module cannot have a finding; `tree` enables the import screen.

        `alone` (--forksafe-scope=module): the module's own thread evidence is needed too. Across
        the project, evidence may come from elsewhere, so only the sink side is screened.
        """
        if not (mentions(source, _SINK_WORDS) and mentions(source, _SINK_CALL_WORDS)):
            return not alone and mentions(source, _RE_EXPORT_WORDS)
        # FRK1xx need no thread evidence, but a process module (the process makers are sinks).
        if alone and not (mentions(source, self._evidence_words) or mentions(source, _PROCESS_WORDS)):
            return False
        if tree is None or self.imports_may_have_findings(tree, alone):
            return True
        return not alone and mentions(source, _RE_EXPORT_WORDS)

    def imports_may_have_findings(self, tree: ast.Module, alone: bool = True) -> bool:
        evidence = not alone
        sink = False
        for ref in imported_refs(tree):
            if ref.split(".", 1)[0] == PROCESS_MODULE or ref in _PROCESS_LEADS:
                return True  # FRK1xx need no thread evidence
            evidence = evidence or ref in self._evidence_leads or catalog.module_starter(ref) is not None
            sink = sink or ref in _SINK_LEADS
            if evidence and sink:
                return True
        return False
