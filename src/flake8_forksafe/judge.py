"""Turns a module's facts into findings: pure, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import catalog
from .facts import ModuleFacts, Repair
from .rules import RULES, evidence_phrase

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


def judge(facts: ModuleFacts, target_python: tuple[int, int]) -> list[Finding]:
    """Every unsafe sink, when the module has thread evidence; sorted by position."""
    if not facts.evidence:
        return []
    first = min(facts.evidence, key=lambda evidence: (evidence.line, evidence.col))
    evidence = evidence_phrase(first.kind.value, first.what, first.line)
    default_is_safe = target_python >= FORK_DEFAULT_ENDS or (
        bool(facts.start_methods & catalog.SAFE_METHODS) and catalog.FORK_METHOD not in facts.start_methods
    )
    findings: dict[tuple[int, int, str], Finding] = {}  # one per call and code
    for sink in facts.sinks:
        if sink.needs_start and not sink.started:
            continue
        if sink.code == "FRK001" and default_is_safe:
            continue
        message = RULES[sink.code].message.format(what=sink.what, evidence=evidence, fix=sink.fix)
        findings.setdefault(
            (sink.line, sink.col, sink.code), Finding(sink.line, sink.col, sink.code, message, sink.repair)
        )
    return sorted(findings.values())
