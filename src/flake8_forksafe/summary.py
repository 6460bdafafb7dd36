"""A module's summary: what other modules need of its facts, as plain JSON-able data.

A summary is computed from one module alone (facts.py), so it can be cached on disk and reused
until that module's file changes. It holds no sinks (only the checked file's own sinks become
findings, and those come from its live facts), just how many there are.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from .catalog import FINGERPRINT
from .facts import (
    MODULE,
    ChildCode,
    ChildUse,
    Definition,
    Evidence,
    EvidenceKind,
    Held,
    Import,
    ModuleFacts,
    ProjectCall,
    StartMethod,
)
from .prescreen import import_statements
from .readiness import ModuleValue, ProcessStart

# Bump the number when the shape below changes; the catalog's fingerprint changes with any entry
# (a summary's evidence depends on it). Either way older cache entries are then ignored.
FORMAT = f"3-{FINGERPRINT}"


@dataclass(frozen=True)
class Summary:
    threads: tuple[Evidence, ...] = ()  # thread evidence only: module-level locks are not passed on
    calls: tuple[ProjectCall, ...] = ()
    imports: tuple[Import, ...] = ()
    definitions: dict[str, Definition] = field(default_factory=dict)
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)
    held: tuple[Held, ...] = ()
    child_code: tuple[ChildCode, ...] = ()
    start_methods: tuple[StartMethod, ...] = ()
    sinks: int = 0
    # Spawn readiness (FRK1xx across modules): the processes its functions start, and its
    # module-level names bound to what a child cannot receive (a threading.Lock, a lambda).
    process_starts: tuple[ProcessStart, ...] = ()
    values: tuple[ModuleValue, ...] = ()
    spawning_sites: int = 0
    # The text names no thread starter and no set_start_method (prescreen.py): no thread starts
    # in this module's own code, and none when it is imported unless an import starts one.
    quiet: bool = False

    @classmethod
    def of(cls, facts: ModuleFacts, quiet: bool = False) -> Summary:
        return cls(
            tuple(evidence for evidence in facts.evidence if evidence.kind is EvidenceKind.THREADS),
            tuple(facts.calls),
            tuple(facts.imports),
            dict(facts.definitions),
            {name: dict(attributes) for name, attributes in facts.attributes.items()},
            dict(facts.exports),
            tuple(facts.held),
            tuple(facts.child_code),
            tuple(facts.start_method_calls),
            len(facts.sinks),
            tuple(facts.readiness.process_starts()) if facts.readiness else (),
            tuple(facts.readiness.values) if facts.readiness else (),
            facts.readiness.spawning_sites() if facts.readiness else 0,
            quiet,
        )

    @classmethod
    def of_imports(cls, tree: ast.Module) -> Summary:
        """A partial summary, only the module's imports (with no owner: MODULE stands for any).

        It serves program closures and the screen of import-time threads (project.py) for a
        module whose text shows that it starts no thread and sets no start method (prescreen.py,
        hence `quiet`); every other question needs `of`.
        """
        imports: list[Import] = []
        for node in import_statements(tree):
            if isinstance(node, ast.Import):
                imports += (Import(MODULE, alias.name, (), node.lineno) for alias in node.names)
            else:
                module = "." * node.level + (node.module or "")
                imports.append(Import(MODULE, module, tuple(alias.name for alias in node.names), node.lineno))
        return cls(imports=tuple(imports), quiet=True)

    def to_json(self) -> dict[str, Any]:
        return {
            "threads": [[e.line, e.col, e.what, e.owner] for e in self.threads],
            "calls": [list(call) for call in self.calls],
            "imports": [[i.owner, i.module, list(i.names), i.line] for i in self.imports],
            "definitions": {
                name: [d.kind, d.line, list(d.bases), d.thread_class] for name, d in self.definitions.items()
            },
            "attributes": self.attributes,
            "exports": self.exports,
            "held": [list(held) for held in self.held],
            "child_code": [[c.owner, c.symbol, c.use.name, c.line] for c in self.child_code],
            "start_methods": [list(method) for method in self.start_methods],
            "sinks": self.sinks,
            "process_starts": [list(start) for start in self.process_starts],
            "values": [list(value) for value in self.values],
            "spawning_sites": self.spawning_sites,
            "quiet": self.quiet,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Summary:
        """The summary `to_json` wrote; raises (KeyError, TypeError, ValueError) on anything else."""
        summary = cls(
            tuple(
                Evidence(line, col, EvidenceKind.THREADS, what, owner)
                for line, col, what, owner in data["threads"]
            ),
            tuple(ProjectCall(*row) for row in data["calls"]),
            tuple(
                Import(owner, module, tuple(names), line) for owner, module, names, line in data["imports"]
            ),
            {
                name: Definition(kind, line, tuple(bases), thread_class)
                for name, (kind, line, bases, thread_class) in data["definitions"].items()
            },
            {
                str(name): {str(k): str(v) for k, v in attrs.items()}
                for name, attrs in data["attributes"].items()
            },
            {str(name): str(symbol) for name, symbol in data["exports"].items()},
            tuple(Held(*row) for row in data["held"]),
            tuple(
                ChildCode(owner, symbol, ChildUse[use], line)
                for owner, symbol, use, line in data["child_code"]
            ),
            tuple(StartMethod(*row) for row in data["start_methods"]),
            int(data["sinks"]),
            tuple(ProcessStart(*row) for row in data["process_starts"]),
            tuple(ModuleValue(*row) for row in data["values"]),
            int(data["spawning_sites"]),
            data["quiet"] is True,
        )
        _check_types(summary)
        return summary


def _check_types(summary: Summary) -> None:
    """A foreign entry that happens to have the right keys must not smuggle in odd values."""
    records: tuple[Any, ...] = (
        *summary.threads, *summary.calls, *summary.imports, *summary.held, *summary.start_methods,
        *summary.process_starts, *summary.values,
    )  # fmt: skip
    for record in records:
        for value in record:  # named tuples: their fields
            if not isinstance(value, (str, int, tuple, EvidenceKind)):
                raise TypeError(f"unexpected {type(value).__name__} in a cached summary")
