"""Turns a module's facts, and what the project says about the module, into findings: pure, no I/O."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from . import catalog
from .facts import Evidence, ModuleFacts, Repair, RepairKind, Span
from .readiness import DEFAULT, SPAWN, ForeignStart, Problem, ReadinessFacts, Site, call_graph, reachable
from .rules import BREAKS, RULES, evidence_phrase, module_context

# From this Python on, the default start method is never fork (forkserver on POSIX).
FORK_DEFAULT_ENDS = (3, 14)
Position = tuple[int, int]


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
    # Spawn readiness across modules (project_readiness.py): what a child receives from names
    # of other modules (FRK101, FRK103), import-time calls of other modules' functions that
    # start a process (FRK102), set_start_method calls that run after an imported module set it
    # (position -> `import x (line 1), which sets it at import time (x.py:3)`: FRK104), and this
    # module's functions that other modules call at import time (owner -> why: FRK001 fixes).
    problems: tuple[Problem, ...] = ()
    import_time_starts: tuple[ForeignStart, ...] = ()
    start_method_before: dict[tuple[int, int], str] = field(default_factory=dict)
    import_time_callers: dict[str, str] = field(default_factory=dict)
    # `main.py imports it at top level (line 3) and makes processes`: its import-time
    # set_start_method then runs again in their spawn and forkserver children (FRK104).
    spawning_importer: str = ""


ALONE = Surroundings()


def _first(evidence: list[Evidence]) -> Evidence | None:
    return min(evidence, key=lambda item: (item.line, item.col), default=None)


def judge(facts: ModuleFacts, target_python: tuple[int, int], around: Surroundings = ALONE) -> list[Finding]:
    """Every unsafe sink that runs in a process with threads, and every FRK1xx; sorted by position."""
    findings: dict[tuple[int, int, str], Finding] = {}  # one per call and code
    readiness = facts.readiness if facts.readiness is not None else ReadinessFacts()
    if around.problems:  # what other modules' names give a child: judged like the module's own
        readiness = replace(readiness, problems=[*readiness.problems, *around.problems])
    methods = frozenset(facts.start_methods | around.start_methods)
    forks = _fork_findings(facts, target_python, around)
    for finding in _blocked_where_spawn_breaks(facts, readiness, forks, methods, around):
        findings.setdefault((finding.line, finding.col, finding.code), finding)
    for finding in readiness_findings(facts, readiness, methods, around=around):
        findings.setdefault((finding.line, finding.col, finding.code), finding)
    return sorted(findings.values())


def _blocked_where_spawn_breaks(
    facts: ModuleFacts,
    readiness: ReadinessFacts,
    findings: list[Finding],
    methods: frozenset[str],
    around: Surroundings = ALONE,
) -> list[Finding]:
    """FRK001 findings whose fix would break the program carry the reason instead of a repair.

    Sites whose repair is one shared edit (`ctx = get_context()` used by several calls) stand
    or fall together: fixing one switches them all.
    """
    blockers: dict[tuple[int, int], str] = {}
    shared: dict[tuple[RepairKind, Span | None], list[tuple[int, int]]] = {}
    for finding in findings:
        repair = finding.repair
        if finding.code != "FRK001" or repair is None or repair.kind is None:
            continue
        blocker = fix_blocker(facts, readiness, (finding.line, finding.col), methods, around)
        if blocker:
            blockers[finding.line, finding.col] = blocker
        shared.setdefault((repair.kind, repair.at), []).append((finding.line, finding.col))
    for (_, at), positions in shared.items():
        blocked = [position for position in positions if position in blockers]
        if at is not None and blocked and len(positions) > 1:
            line = blocked[0][0]
            for position in positions:
                blockers.setdefault(
                    position,
                    f"the fix edits a context that the call on line {line} shares: {blockers[blocked[0]]}",
                )
    return [
        replace(finding, repair=Repair(None, blocker=blockers[finding.line, finding.col]))
        if (finding.line, finding.col) in blockers
        else finding
        for finding in findings
    ]


def _fork_findings(facts: ModuleFacts, target_python: tuple[int, int], around: Surroundings) -> list[Finding]:
    """FRK000-FRK004: every unsafe sink that runs in a process with threads."""
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
    return list(findings.values())


# ----- spawn and forkserver readiness (FRK101-FRK104) -----------------------------------------
def _can_spawn(site: Site, pinned_fork: bool, spawn_sites: Collection[Position]) -> bool:
    """Whether the site's start method can be spawn or forkserver."""
    if (site.line, site.col) in spawn_sites:
        return True
    return site.method == SPAWN or (site.method == DEFAULT and not pinned_fork)


def readiness_findings(
    facts: ModuleFacts,
    readiness: ReadinessFacts,
    methods: frozenset[str],
    spawn_sites: Collection[Position] = (),
    around: Surroundings = ALONE,
) -> list[Finding]:
    """FRK101-FRK104, with or without threads. `methods`: the start methods set in the module and
    (project scope) by the modules that import or call it; `spawn_sites`: sites judged as if
    they used spawn."""
    # A module (or program) that only ever pins fork keeps its default-method sites on fork.
    pinned_fork = catalog.FORK_METHOD in methods and not (methods & catalog.SAFE_METHODS)
    findings = [
        _finding(problem.line, problem.col, problem.code, problem.what, _problem_breaks(problem), problem.fix)
        for problem in readiness.problems
        if (problem.task and not problem.child_lookup) or _can_spawn(problem.site, pinned_fork, spawn_sites)
    ]
    findings += _import_time_starts(facts, readiness, pinned_fork, spawn_sites)
    findings += _start_method_findings(readiness, pinned_fork, spawn_sites)
    findings += _across_modules(readiness, pinned_fork, around)
    return findings


def _across_modules(readiness: ReadinessFacts, pinned_fork: bool, around: Surroundings) -> list[Finding]:
    """FRK102 at import-time calls into other modules that start a process; FRK104 at a
    set_start_method that runs after an imported module has set the method."""
    findings = []
    for start in around.import_time_starts:
        if start.method == SPAWN or (start.method == DEFAULT and not pinned_fork):
            fix = 'move it under if __name__ == "__main__":'
            findings.append(_finding(start.line, start.col, "FRK102", start.what, BREAKS["import time"], fix))
    for call in readiness.start_method_calls:
        if around.spawning_importer and call.import_time and not call.protected and call.method is not None:
            spelled = f'set_start_method("{call.method}")'
            what = f"{spelled} runs at import time, outside the main guard ({around.spawning_importer}):"
            fix = 'move it under if __name__ == "__main__": of the main script, or pass force=True'
            findings.append(
                _finding(call.line, call.col, "FRK104", what, BREAKS["import time start method"], fix)
            )
        reason = around.start_method_before.get((call.line, call.col))
        if reason is not None and call.again_after is None:
            spelled = f'set_start_method("{call.method}")' if call.method else "set_start_method()"
            what = f"{spelled} runs again after {reason}, without force=True:"
            fix = "call it once, or pass force=True"
            findings.append(_finding(call.line, call.col, "FRK104", what, BREAKS["twice"], fix))
    return findings


def _finding(line: int, col: int, code: str, what: str, breaks: str, fix: str) -> Finding:
    return Finding(line, col, code, RULES[code].message.format(what=what, breaks=breaks, fix=fix))


def _problem_breaks(problem: Problem) -> str:
    if problem.child_lookup:
        return BREAKS["child lookup"]
    if problem.task:
        return BREAKS["task"]
    return BREAKS["target" if problem.code == "FRK101" else "argument"]


def _reachable_starts(facts: ModuleFacts, readiness: ReadinessFacts, function: str) -> list[Site]:
    """The sites the body of `function` starts, directly or through calls in this module."""
    starts: dict[str, list[Site]] = {}
    for start in readiness.starts:
        starts.setdefault(start.function, []).append(start.site)
    found = [site for reached in reachable(call_graph(facts), function) for site in starts.get(reached, [])]
    return sorted(found, key=lambda site: (site.line, site.col))


def _import_time_starts(
    facts: ModuleFacts, readiness: ReadinessFacts, pinned_fork: bool, spawn_sites: Collection[Position]
) -> list[Finding]:
    findings = []
    fix = 'move it under if __name__ == "__main__":'
    for start in readiness.starts:
        if start.function == "" and _can_spawn(start.site, pinned_fork, spawn_sites):
            site = start.site
            findings.append(_finding(site.line, site.col, "FRK102", site.what, BREAKS["import time"], fix))
    for call in readiness.calls:
        sites = [
            site
            for site in _reachable_starts(facts, readiness, call.callee)
            if _can_spawn(site, pinned_fork, spawn_sites)
        ]
        if sites:
            what = f"{call.what} (which starts {sites[0].what}, line {sites[0].line})"
            findings.append(_finding(call.line, call.col, "FRK102", what, BREAKS["import time"], fix))
    return findings


def _start_method_findings(
    readiness: ReadinessFacts, pinned_fork: bool, spawn_sites: Collection[Position]
) -> list[Finding]:
    spawns = bool(spawn_sites) or any(site.method == SPAWN for site in readiness.sites)
    # A child that imports the module again exists only if the module makes one (that can spawn).
    makes = spawns or any(_can_spawn(site, pinned_fork, spawn_sites) for site in readiness.sites)
    findings = []
    for call in readiness.start_method_calls:
        spelled = f'set_start_method("{call.method}")' if call.method else "set_start_method()"
        if call.again_after is not None:
            what = f"{spelled} runs again after line {call.again_after} without force=True:"
            findings.append(
                _finding(
                    call.line, call.col, "FRK104", what, BREAKS["twice"], "call it once, or pass force=True"
                )
            )
        elif (
            call.import_time
            and not call.protected
            and call.method is not None
            and ((call.method in catalog.SAFE_METHODS and makes) or spawns)
        ):
            fix = 'move it under if __name__ == "__main__":, or pass force=True'
            what = f"{spelled} runs at import time, outside the main guard:"
            findings.append(
                _finding(call.line, call.col, "FRK104", what, BREAKS["import time start method"], fix)
            )
    return findings


def fix_blocker(
    facts: ModuleFacts,
    readiness: ReadinessFacts,
    site: Position,
    methods: frozenset[str],
    around: Surroundings = ALONE,
) -> str:
    """Why giving the site at `site` the spawn start method would break the program; "" if it would not."""
    if not any((s.line, s.col) == site for s in readiness.sites):
        return ""
    for start in readiness.starts:  # another module calls the function that starts it at import time
        called = around.import_time_callers.get(start.function) if start.function else None
        if (start.site.line, start.site.col) == site and called is not None:
            return f"FRK102: {called}"
    if any((s.line, s.col) == site and s.import_time for s in readiness.sites):
        reason = next(
            (f for f in _import_time_starts(facts, readiness, False, {site}) if (f.line, f.col) == site), None
        )
        if reason is not None:
            return f"FRK102: {reason.message}"
        return (
            'the call runs at import time, outside an if __name__ == "__main__": guard (see FRK102): under '
            "spawn every child imports the module again; move it under such a guard first"
        )
    before = {(f.line, f.col, f.code) for f in readiness_findings(facts, readiness, methods)}
    for finding in readiness_findings(facts, readiness, methods, {site}):
        related = _relates(finding, facts, readiness, site)
        if related or (finding.line, finding.col, finding.code) not in before:
            return f"{finding.code} on line {finding.line}: {finding.message}"
    return ""


def _relates(finding: Finding, facts: ModuleFacts, readiness: ReadinessFacts, site: Position) -> bool:
    if any(
        (problem.line, problem.col, problem.code) == (finding.line, finding.col, finding.code)
        and (problem.site.line, problem.site.col) == site
        for problem in readiness.problems
    ):
        return True
    if finding.code != "FRK102":
        return False
    for call in readiness.calls:
        if (call.line, call.col) == (finding.line, finding.col):
            return any((s.line, s.col) == site for s in _reachable_starts(facts, readiness, call.callee))
    return (finding.line, finding.col) == site
