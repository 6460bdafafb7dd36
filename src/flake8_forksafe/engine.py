"""The one checking pipeline every front calls: prescreen, facts, project, judge.

source -> facts (this module, facts.py) -> project (other modules' summaries, project.py)
-> judge (judge.py) -> findings -> the front (plugin.py, cli.py, fixer.py).
"""

from __future__ import annotations

import ast
import gc
from collections.abc import Sequence
from dataclasses import replace

from .facts import MODULE, collect
from .finder import Finder, module_path
from .judge import Finding, judge
from .prescreen import Prescreen
from .project import Project, surroundings
from .project_readiness import ProjectReadiness
from .rules import RULES
from .settings import Settings

FREEZE_AFTER = 64  # modules loaded before the first gc.freeze()


def unanalysable(reason: str) -> Finding:
    return Finding(1, 0, "FRK000", RULES["FRK000"].message.format(reason=reason))


class Checker:
    """Checks modules against one set of settings.

    `screened=False` switches the prescreen off: every module goes through the whole analysis.
    The findings are the same either way (tests/test_equivalence.py); only the cost differs.
    One exception: a module too deep for the analysis is FRK000 without the prescreen, but
    nothing with it when its imports rule out any finding (FRK000 is for files that may have
    findings the plugin could not look for).
    """

    def __init__(
        self, settings: Settings = Settings(), *, screened: bool = True, finder: Finder | None = None
    ) -> None:
        self.settings = settings
        self.screened = screened
        self._prescreen = Prescreen(settings.extra_thread_starters | settings.extra_lock_factories)
        # other modules' summaries, memoised for the process; `finder`: a front's, shared
        self.project = Project(settings, finder)
        self.readiness = ProjectReadiness(self.project)  # FRK1xx across modules
        self._frozen_at = 0  # modules loaded at the last gc.freeze()

    def check(self, tree: ast.Module, lines: Sequence[str], filename: str = "stdin") -> list[Finding]:
        """Findings for one module, given its `ast` tree, its source lines and its file name; never raises.

        `filename` places the module in its project (`stdin` stands for a module in the current
        directory); the module itself is always read from `lines`, never from the file.

        An escaped exception would abort the user's whole flake8 run, so any bug in the
        checker becomes one FRK000 finding that asks to report it.
        """
        try:
            return self._check(tree, lines, filename)
        except Exception as error:  # noqa: BLE001 - see the docstring
            return [unanalysable(f"internal error, please report it: {type(error).__name__}: {error}")]

    def may_have_findings(self, source: str, filename: str = "stdin") -> bool:
        """False only when the module's text rules out any finding: then it need not be parsed
        (`check` asks before it parses; flake8 has parsed every file already)."""
        if not self.screened or self._prescreen.may_have_findings(
            source, None, self.settings.scope == "module"
        ):
            return True
        return self.settings.scope != "module" and self.readiness.may_name_starts(
            module_path(filename), source
        )

    def _check(self, tree: ast.Module, lines: Sequence[str], filename: str) -> list[Finding]:
        source = "".join(lines)
        alone = self.settings.scope == "module"
        path = module_path(filename)
        if (
            self.screened
            and not self._prescreen.may_have_findings(source, tree, alone)
            # Across modules, an import-time call may start another module's process (FRK102).
            and (alone or not self.readiness.may_start_at_import(path, tree, source))
        ):
            return []
        try:
            facts = collect(tree, self.settings.extra_thread_starters, self.settings.extra_lock_factories)
        except RecursionError:
            return [unanalysable("it nests too deeply to analyse")]
        # FRK00x needs a sink (and, alone, thread evidence); FRK1xx (spawn readiness) need neither.
        readiness = facts.readiness is not None and facts.readiness.may_have_findings()
        at_import = not alone and any(call.owner == MODULE for call in facts.calls)
        if not readiness and not at_import and (not facts.sinks or (alone and not facts.evidence)):
            return []
        around = surroundings(self.project, path, facts, self.settings.scope, source)
        if not alone:
            ready = self.readiness.around(path, facts, source)
            around = replace(
                around,
                problems=ready.problems,
                import_time_starts=ready.import_time_starts,
                start_method_before=ready.start_method_before,
                import_time_callers=ready.import_time_callers,
                spawning_importer=ready.spawning_importer,
            )
        self._untrack_summaries()
        return _in_characters(judge(facts, self.settings.target_python, around), lines)

    def _untrack_summaries(self) -> None:
        """Moves the project's summaries out of the cyclic garbage collector's sight.

        They live as long as the process and hold tens of thousands of small records, which every
        full collection would walk again (a third of the plugin's cost over a large project).
        `gc.freeze()` after a full collection leaves no garbage behind; doing it each time the
        number of modules loaded doubles keeps the collections few.
        """
        loaded = self.project.loaded()
        if loaded >= 2 * self._frozen_at + FREEZE_AFTER:
            gc.collect()
            gc.freeze()
            self._frozen_at = loaded


def _in_characters(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    """`ast` counts columns in UTF-8 bytes; editors and flake8's users count characters.

    Each line is encoded once and walked left to right, so that many findings on one long
    line cost linear time, not a decode of the line per finding.
    """
    converted: dict[tuple[int, int], int] = {}
    for line_number in sorted({finding.line for finding in findings}):
        if not 0 < line_number <= len(lines) or lines[line_number - 1].isascii():
            continue
        data = lines[line_number - 1].encode("utf-8")
        byte_col = char_col = 0
        for col in sorted({finding.col for finding in findings if finding.line == line_number}):
            char_col += len(data[byte_col:col].decode("utf-8", "replace"))
            byte_col = col
            converted[line_number, col] = char_col
    return [
        replace(finding, col=converted.get((finding.line, finding.col), finding.col)) for finding in findings
    ]
