"""Turns a module's facts, and what the project says about the module, into findings: pure, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import catalog
from .facts import Evidence, ModuleFacts, Repair
from .rules import RULES, evidence_phrase, module_context

# From this Python on, the default start method is never fork (forkserver on POSIX).
FORK_DEFAULT_ENDS = (3, 14)


@dataclass(frozen=True, order=True)
class Finding:
    line: int  # 1-based
    col: int  # 0-based
    code: str
    message: str
    # How the fix command can repair it; not part of what the plugin reports.
    repair: Repair | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Surroundings:
    """What the rest of the project says about one module (project.py works it out)."""

    child_only: frozenset[str] = frozenset()  # owners whose code runs only in child processes
    passed_on: str | None = None  # `a module that imports x, which starts threads on import (...)`
    callers: dict[str, str] = field(default_factory=dict)  # sink owner -> `a process that ...`
    program: str | None = None  # `a process that starts threads: in program ...`
    # Start methods set by modules that import or call this one, or by its programs.
    start_methods: frozenset[str] = frozenset()
    # Sink.condition of the re-exported sinks whose symbol does name the catalog's sink.
    confirmed: frozenset[str] = frozenset()


ALONE = Surroundings()


def _first(evidence: list[Evidence]) -> Evidence | None:
    return min(evidence, key=lambda item: (item.line, item.col), default=None)


def judge(facts: ModuleFacts, target_python: tuple[int, int], around: Surroundings = ALONE) -> list[Finding]:
    """Every unsafe sink that runs in a process with threads; sorted by position."""
    parent = _first([item for item in facts.evidence if item.owner not in around.child_only])
    child = _first([item for item in facts.evidence if item.owner in around.child_only])
    local = (
        None
        if parent is None
        else module_context(evidence_phrase(parent.kind.value, parent.what, parent.line))
    )
    in_child = (
        None
        if child is None
        else f"a child process that {evidence_phrase(child.kind.value, child.what, child.line)}"
    )
    methods = facts.start_methods | around.start_methods
    pins_fork = catalog.FORK_METHOD in methods
    default_is_safe = not pins_fork and (
        target_python >= FORK_DEFAULT_ENDS or bool(methods & catalog.SAFE_METHODS)
    )
    findings: dict[tuple[int, int, str], Finding] = {}  # one per call and code
    for sink in facts.sinks:
        if (sink.needs_start and not sink.started) or (
            sink.requires and sink.condition not in around.confirmed
        ):
            continue
        if sink.code == "FRK001" and default_is_safe:
            continue
        if sink.owner in around.child_only:
            # Forks made in a child are judged against the child's own threads.
            context = in_child or around.callers.get(sink.owner)
        else:
            context = local or around.passed_on or around.callers.get(sink.owner) or around.program
        if context is None:
            continue
        message = RULES[sink.code].message.format(what=sink.what, context=context, fix=sink.fix)
        findings.setdefault(
            (sink.line, sink.col, sink.code), Finding(sink.line, sink.col, sink.code, message, sink.repair)
        )
    return sorted(findings.values())
