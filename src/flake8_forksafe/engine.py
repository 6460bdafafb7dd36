"""The one checking pipeline every front calls: prescreen, facts, libcst gate, judge."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from .cstgate import libcst_problem
from .facts import collect
from .judge import Finding, judge
from .prescreen import Prescreen
from .rules import RULES
from .settings import Settings


def unanalysable(reason: str) -> Finding:
    return Finding(1, 0, "FRK000", RULES["FRK000"].message.format(reason=reason))


class Checker:
    """Checks modules against one set of settings."""

    def __init__(self, settings: Settings = Settings()) -> None:
        self.settings = settings
        self._prescreen = Prescreen(settings.extra_thread_starters | settings.extra_lock_factories)

    def check(self, tree: ast.Module, lines: Sequence[str]) -> list[Finding]:
        """Findings for one module, given its `ast` tree and its source lines; never raises.

        An escaped exception would abort the user's whole flake8 run, so any bug in the
        checker becomes one FRK000 finding that asks to report it.
        """
        try:
            return self._check(tree, lines)
        except Exception as error:  # noqa: BLE001 - see the docstring
            return [unanalysable(f"internal error, please report it: {type(error).__name__}: {error}")]

    def _check(self, tree: ast.Module, lines: Sequence[str]) -> list[Finding]:
        source = "".join(lines)
        if not self._prescreen.may_have_findings(source):
            return []
        try:
            facts = collect(tree, self.settings.extra_thread_starters, self.settings.extra_lock_factories)
        except RecursionError:
            return [unanalysable("it nests too deeply to analyse")]
        if not facts.evidence or not facts.sinks:
            return []
        problem = libcst_problem(source, tree)
        if problem is not None:
            return [unanalysable(problem)]
        return [_in_characters(finding, lines) for finding in judge(facts, self.settings.target_python)]


def _in_characters(finding: Finding, lines: Sequence[str]) -> Finding:
    """`ast` counts columns in UTF-8 bytes; editors and flake8's users count characters."""
    if not 0 < finding.line <= len(lines):
        return finding
    line = lines[finding.line - 1]
    if line.isascii():
        return finding
    col = len(line.encode("utf-8")[: finding.col].decode("utf-8", "replace"))
    return Finding(finding.line, col, finding.code, finding.message)
