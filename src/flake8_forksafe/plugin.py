"""The flake8 face: options in, (line, col, message, type) tuples out; never raises.

A module whose findings are known (results.py: its text and its project unchanged since they
were found) is answered without the analysis, which is imported only when a module needs it.
"""

from __future__ import annotations

import ast
import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from . import __version__
from .finder import Finder, module_path
from .results import Known, ResultCache
from .rules import RULES
from .settings import Settings, directories, module_names, python_version, qualified_names, scope

if TYPE_CHECKING:
    from .engine import Checker


class Plugin:
    name = "flake8-forksafe"
    version = __version__
    settings: ClassVar[Settings] = Settings()
    finder: ClassVar[Finder] = Finder()
    results: ClassVar[ResultCache] = ResultCache(settings, finder)
    _checker: ClassVar[Checker | None] = None
    selected: ClassVar[bool] = True  # False when flake8's --select/--ignore drop every FRK code

    def __init__(self, tree: ast.Module, lines: Sequence[str], filename: str) -> None:
        self.tree = tree
        self.lines = lines  # the source flake8 read (file, stdin or an editor buffer)
        self.filename = filename  # where the module sits in its project (never reopened)

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
            "default start method is never fork, so FRK001 is not reported unless the code pins fork.",
        )
        option_manager.add_option(
            "--forksafe-scope",
            type=scope,
            metavar="SCOPE",
            default="program",
            parse_from_config=True,
            help="How much of the project judges each fork: module (the file alone), project (also "
            "the modules it imports and calls, and those calling it) or program (also every module "
            "an entry point loads beside it). Default: program.",
        )
        option_manager.add_option(
            "--forksafe-source-roots",
            type=directories,
            metavar="DIRS",
            default="",
            parse_from_config=True,
            help="Comma-separated extra directories to find project modules in, relative to the "
            "current directory (the package root, the project's directory and its src/ always count).",
        )
        option_manager.add_option(
            "--forksafe-entry-points",
            type=module_names,
            metavar="MODULES",
            default="",
            parse_from_config=True,
            help="Comma-separated modules that start programs (pkg.cli or pkg.cli:main), besides "
            "[project.scripts] in pyproject.toml and packages' __main__.py.",
        )
        option_manager.add_option(
            "--forksafe-cache-dir",
            metavar="DIR",
            default="",
            parse_from_config=True,
            help="Where to cache module summaries (default: .forksafe_cache beside the project's "
            "pyproject.toml, setup.cfg, setup.py or .git; else ~/.cache/flake8-forksafe).",
        )
        option_manager.add_option(
            "--forksafe-no-cache",
            action="store_true",
            default=False,
            parse_from_config=True,
            help="Do not read or write the summary cache on disk.",
        )

    @classmethod
    def parse_options(cls, options: Any) -> None:
        cls.settings = settings_from(options)
        cls.finder = Finder(cls.settings.source_roots, cls.settings.cache_dir, cls.settings.no_cache)
        cls.results = ResultCache(cls.settings, cls.finder)
        cls._checker = None
        cls.selected = any_code_selected(options)

    @classmethod
    def checker(cls) -> Checker:
        """The analysis for these settings, made (and imported) when a module first needs it."""
        if cls._checker is None:
            from .engine import Checker

            cls._checker = Checker(cls.settings, finder=cls.finder)
        return cls._checker

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        if not self.selected:
            return  # flake8 would drop every finding: do no work at all
        for finding in self._findings():
            yield finding.line, finding.col, finding.text, type(self)

    def _findings(self) -> list[Known]:
        text = "".join(self.lines)
        path = module_path(self.filename)
        try:
            known = self.results.load(path, text)
        except Exception:  # noqa: BLE001 - a bug in the cache must not stop the user's flake8 run
            known = None
        if known is not None:
            return known
        checker = self.checker()
        found = [
            Known(finding.line, finding.col, f"{finding.code} {finding.message}")
            for finding in checker.check(self.tree, self.lines, self.filename)  # never raises
        ]
        if not any(finding.text.startswith("FRK000") for finding in found):  # an internal error may not recur
            with contextlib.suppress(Exception):  # as above
                self.results.store(path, text, found, checker.project.files_read)
        return found


def settings_from(options: Any) -> Settings:
    """The Settings flake8's parsed options stand for (paths made absolute from the current directory)."""
    settings = Settings.from_options(options)  # every field from its --forksafe-* option
    return settings._replace(
        source_roots=tuple(os.path.abspath(root) for root in settings.source_roots),
        cache_dir=os.path.abspath(settings.cache_dir) if settings.cache_dir else "",
        no_cache=bool(settings.no_cache),
    )


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
