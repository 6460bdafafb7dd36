"""Conservative tests run before the analysis: can this module have a finding at all?

Every finding needs a name resolved through an import (facts.py binds catalog values only
from `import` and `from ... import` statements), both for its thread evidence and for its
sink. Two screens follow from that, cheapest first:

- text: a module that never mentions a thread module and a process module as whole words
  cannot have a finding (a substring test before each regex, so most files cost C-speed scans);
- imports: flake8 hands the plugin its `ast` tree, and walking its statements (never its
  expressions) finds every import. A module has a finding only if one import binds a name
  that leads to thread evidence (`threading`, `threading.Thread`, but not `os.path`) and
  one binds a name that leads to a sink.

False passes are fine here; false rejections would be missed findings (tests/test_prescreen.py
checks the property, and tests/test_equivalence.py compares whole corpora).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from . import catalog
from .catalog import Role

# Roles whose calls (or whose subclasses' constructions) are thread evidence.
_EVIDENCE_ROLES = frozenset({Role.THREAD_STARTER, Role.LOCK_FACTORY})
_SINK_ROLES = frozenset(Role) - _EVIDENCE_ROLES - {Role.MIXIN}


def _names_playing(roles: frozenset[Role]) -> frozenset[str]:
    """Catalog names (and aliases) whose call or subclass plays one of `roles`."""
    names = {name for name, entry in catalog.ENTRIES.items() if {entry.role, entry.subclass_role} & roles}
    names |= {alias for alias, name in catalog.ALIASES.items() if name in names}
    return frozenset(names)


EVIDENCE_NAMES = _names_playing(_EVIDENCE_ROLES)
SINK_NAMES = _names_playing(_SINK_ROLES)
EVIDENCE_MODULES = catalog.top_level_modules(tuple(EVIDENCE_NAMES))
SINK_MODULES = catalog.top_level_modules(tuple(SINK_NAMES))


def _word_patterns(modules: Iterable[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each module with a pattern that finds it as a whole word (one alternation is slower)."""
    return tuple((module, re.compile(rf"\b{re.escape(module)}\b")) for module in sorted(set(modules)))


def _mentions(source: str, words: tuple[tuple[str, re.Pattern[str]], ...]) -> bool:
    return any(module in source and pattern.search(source) for module, pattern in words)


def _leading_parts(names: Iterable[str]) -> frozenset[str]:
    """`threading.Thread` -> {`threading`, `threading.Thread`}: what an import may bind on the way."""
    parts: set[str] = set()
    for name in names:
        pieces = name.split(".")
        parts.update(".".join(pieces[:end]) for end in range(1, len(pieces) + 1))
    return frozenset(parts)


_SINK_WORDS = _word_patterns(SINK_MODULES)
_SINK_LEADS = _leading_parts(SINK_NAMES)
# Statement fields that hold statements (or handlers and match cases, which hold statements).
_BLOCK_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")


def imported_refs(tree: ast.Module) -> Iterator[str]:
    """The qualified names every non-relative import in the module binds, as facts.py binds them."""
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name if alias.asname else alias.name.split(".", 1)[0]
        elif isinstance(node, ast.ImportFrom):
            if not node.level and node.module:
                # `from m import *` binds names under `m`: `m` itself leads wherever they do.
                yield from (
                    node.module if alias.name == "*" else f"{node.module}.{alias.name}"
                    for alias in node.names
                )
        else:
            for field in _BLOCK_FIELDS:
                block = getattr(node, field, None)
                if isinstance(block, list):
                    pending.extend(block)


class Prescreen:
    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        extra = tuple(extra_names)
        self._evidence_words = _word_patterns(EVIDENCE_MODULES | catalog.top_level_modules(extra))
        self._evidence_leads = _leading_parts(EVIDENCE_NAMES | set(extra))

    def may_have_findings(self, source: str, tree: ast.Module | None = None) -> bool:
        """False only when the module cannot have a finding; `tree` enables the import screen."""
        if not (_mentions(source, self._evidence_words) and _mentions(source, _SINK_WORDS)):
            return False
        return tree is None or self.imports_may_have_findings(tree)

    def imports_may_have_findings(self, tree: ast.Module) -> bool:
        evidence = sink = False
        for ref in imported_refs(tree):
            evidence = evidence or ref in self._evidence_leads
            sink = sink or ref in _SINK_LEADS
            if evidence and sink:
                return True
        return False
