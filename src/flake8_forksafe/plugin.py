"""The flake8 face: options in, (line, col, message, type) tuples out; never raises."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from . import __version__
from .engine import Checker
from .rules import RULES
from .settings import Settings, python_version, qualified_names


class Plugin:
    name = "flake8-forksafe"
    version = __version__
    checker: ClassVar[Checker] = Checker()
    selected: ClassVar[bool] = True  # False when flake8's --select/--ignore drop every FRK code

    def __init__(self, tree: ast.Module, lines: Sequence[str], filename: str) -> None:
        self.tree = tree
        self.lines = lines  # the source flake8 read (file, stdin or an editor buffer)

    @classmethod
    def add_options(cls, option_manager: Any) -> None:
        option_manager.add_option(
            "--forksafe-extra-thread-starters",
            type=qualified_names,
            metavar="NAMES",
            default="",
            parse_from_config=True,
            help="Comma-separated qualified names whose calls start threads "
            "(e.g. sentry_sdk.init,grpc.insecure_channel).",
        )
        option_manager.add_option(
            "--forksafe-extra-lock-factories",
            type=qualified_names,
            metavar="NAMES",
            default="",
            parse_from_config=True,
            help="Comma-separated qualified names whose calls create thread locks (counted at import time).",
        )
        option_manager.add_option(
            "--forksafe-target-python",
            type=python_version,
            metavar="3.N",
            default="3.9",
            parse_from_config=True,
            help="Oldest Python the code runs on, as 3.N, 3.9 or later (default: 3.9). From 3.14 the "
            "default start method is never fork, so FRK001 is not reported.",
        )

    @classmethod
    def parse_options(cls, options: Any) -> None:
        cls.checker = Checker(Settings.from_options(options))
        cls.selected = any_code_selected(options)

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        if not self.selected:
            return  # flake8 would drop every finding: do no work at all
        for finding in self.checker.check(self.tree, self.lines):  # never raises
            yield finding.line, finding.col, f"{finding.code} {finding.message}", type(self)


def any_code_selected(options: Any) -> bool:
    """Whether flake8 would report any FRK code under these options (True when unsure).

    flake8 runs every plugin on every file whatever --select says and filters the findings
    afterwards. Per-file-ignores only ignore more, so the global decision bounds every file's.
    """
    try:
        from flake8.style_guide import Decision, DecisionEngine  # type: ignore[import-untyped,unused-ignore]

        engine = DecisionEngine(options)
        return any(engine.decision_for(code) is Decision.Selected for code in RULES)
    except Exception:  # noqa: BLE001 - another front or flake8 version: keep checking
        return True
