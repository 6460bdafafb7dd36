"""The standalone face: `flake8-forksafe check` and `flake8-forksafe fix`.

Both run the same engine as the flake8 plugin (`Checker.check(tree, lines)`); this module only
finds files, reads them, parses them with `ast` (guarded: no flake8 stands in front of it), honours
`# noqa` the way flake8 does, and prints. Exit status: 0 clean, 1 findings, 2 usage or file errors.
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import os
import sys
import tokenize
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from flake8.defaults import NOQA_FILE, NOQA_INLINE_REGEXP

from . import __version__, config, fixer
from .engine import Checker
from .judge import Finding
from .reports import FileReport, render_json, render_sarif
from .settings import Settings, python_version, qualified_names
from .source import Source, UnreadableSource, check_source, read_source, write_source

DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".bzr", "CVS", "__pycache__", ".tox", ".nox", ".eggs", "*.egg", "*.egg-info",
    ".venv", "venv", ".env", "env", "build", "dist", "node_modules", "site-packages", "__pypackages__",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", "_build", "buck-out",
)  # fmt: skip
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
NO_FIX = {
    "FRK002": "choosing another start method changes what the program does: fix --unsafe-fixes does it",
    "FRK004": "not selected: fix --select FRK001,FRK004 replaces preexec_fn=os.setsid",
    "FRK003": "no automatic fix: the message says what to do",
    "FRK101": "no automatic fix: move the function to module level by hand",
    "FRK102": 'no automatic fix: moving code under if __name__ == "__main__": changes what importing does',
    "FRK103": "no automatic fix: the message says what to pass instead",
    "FRK104": "no automatic fix: moving set_start_method under the main guard changes what importing "
    "does, and a library's import may rely on it",
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `flake8-forksafe check . | head`
        sys.stderr.close()
        return EXIT_FINDINGS


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings, exclude = _settings(args)
    except config.ConfigError as error:
        parser.error(str(error))
    paths = list(_discover(args.paths, exclude))
    checker = Checker(settings)
    if args.command == "check":
        return _check(paths, checker, args.format)
    return _fix(paths, checker, args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flake8-forksafe", description="Find (check) and fix (fix) fork-after-threads deadlock hazards."
    )
    parser.add_argument("--version", action="version", version=f"flake8-forksafe {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{check,fix}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="+", metavar="PATH", help="files and directories (searched for *.py)")
    common.add_argument(
        "--exclude",
        default="",
        metavar="PATTERNS",
        help="comma-separated glob patterns of files and directories to skip, added to the defaults",
    )
    common.add_argument(
        "--config", type=Path, metavar="PYPROJECT", help="read [tool.flake8-forksafe] from here"
    )
    common.add_argument("--forksafe-extra-thread-starters", type=qualified_names, metavar="NAMES")
    common.add_argument("--forksafe-extra-lock-factories", type=qualified_names, metavar="NAMES")
    common.add_argument("--forksafe-target-python", type=python_version, metavar="3.N")
    check = commands.add_parser("check", parents=[common], help="report findings, like flake8 --select=FRK")
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    fix = commands.add_parser("fix", parents=[common], help="apply the safe fixes in place")
    fix.add_argument("--diff", action="store_true", help="print a unified diff instead of writing files")
    fix.add_argument("--method", choices=fixer.METHODS, default="spawn", help="start method to use (spawn)")
    fix.add_argument(
        "--select",
        type=_fix_codes,
        metavar="CODES",
        help="comma-separated codes to fix (default FRK001; FRK001,FRK004 are safe, FRK002 is unsafe)",
    )
    fix.add_argument(
        "--unsafe-fixes", action="store_true", help='also replace an explicit "fork" start method (FRK002)'
    )
    return parser


def _fix_codes(value: str) -> frozenset[str]:
    codes = frozenset(code.strip().upper() for code in value.split(",") if code.strip())
    fixable = fixer.SAFE_CODES | fixer.UNSAFE_CODES
    if not codes or not codes <= fixable:
        raise argparse.ArgumentTypeError(f"{value!r}: fixable codes are {', '.join(sorted(fixable))}")
    return codes


def fix_codes(select: frozenset[str] | None, unsafe: bool) -> frozenset[str]:
    """The codes a fix run repairs: FRK001 by default, FRK002 only when unsafe fixes are allowed."""
    codes = fixer.DEFAULT_CODES if select is None else select
    if unsafe:
        return codes | fixer.UNSAFE_CODES if select is None else codes
    return codes - fixer.UNSAFE_CODES


def _settings(args: argparse.Namespace) -> tuple[Settings, list[str]]:
    pyproject = args.config if args.config is not None else config.find_pyproject(Path.cwd())
    if args.config is not None and not args.config.is_file():
        raise config.ConfigError(f"{args.config}: no such file")
    values = config.load(pyproject) if pyproject is not None else {}
    default = Settings()

    def pick(option: Any, key: str, fallback: Any) -> Any:
        return option if option is not None else values.get(key, fallback)

    settings = Settings(
        pick(args.forksafe_extra_thread_starters, "extra-thread-starters", default.extra_thread_starters),
        pick(args.forksafe_extra_lock_factories, "extra-lock-factories", default.extra_lock_factories),
        pick(args.forksafe_target_python, "target-python", default.target_python),
    )
    exclude = [*DEFAULT_EXCLUDE, *values.get("exclude", []), *filter(None, args.exclude.split(","))]
    return settings, [pattern.strip() for pattern in exclude if pattern.strip()]


# ----- finding files ------------------------------------------------------------------------
def _excluded(path: str, patterns: Sequence[str]) -> bool:
    name = os.path.basename(os.path.normpath(path))
    if name not in {".", ".."} and any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
        return True
    return any(fnmatch.fnmatch(os.path.abspath(path), pattern) for pattern in patterns)


def _discover(paths: Sequence[str], exclude: Sequence[str]) -> Iterator[str]:
    """Files named on the command line, and *.py files under named directories, in order."""
    for path in paths:
        if not os.path.isdir(path):
            yield path  # a named file is checked whatever its name; a missing one is reported
            continue
        if _excluded(path, exclude) and os.path.basename(os.path.normpath(path)) not in {".", ".."}:
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(
                name
                for name in dirs
                if not _excluded(os.path.join(root, name), exclude)
                and not os.path.exists(os.path.join(root, name, "pyvenv.cfg"))  # a virtualenv
            )
            for name in sorted(files):
                full = os.path.join(root, name)
                if name.endswith(".py") and not _excluded(full, exclude):
                    yield full


# ----- checking -----------------------------------------------------------------------------
def check_file(path: str, checker: Checker) -> FileReport:
    try:
        source = read_source(Path(path))
        return FileReport(path, findings=_visible(check_source(source.text, checker, path), source.lines))
    except UnreadableSource as error:
        return FileReport(path, error=str(error))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
        return FileReport(path, error=f"internal error, please report it: {type(error).__name__}: {error}")


def _visible(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    """The findings flake8 would show: `# flake8: noqa` files and `# noqa` lines are silent."""
    if not findings or any(NOQA_FILE.match(line) for line in lines):
        return []
    logical = _noqa_lines(lines)
    kept = []
    for finding in findings:
        text = logical.get(finding.line)
        if text is None and 0 < finding.line <= len(lines):
            text = lines[finding.line - 1]
        if not _noqa_silences(text or "", finding.code):
            kept.append(finding)
    return kept


def _noqa_lines(lines: Sequence[str]) -> dict[int, str]:
    """Line number -> the text of its whole logical line, as flake8 searches it for `noqa`."""
    mapping: dict[int, str] = {}
    first, last = len(lines) + 2, -1
    iterator = iter(lines)
    try:
        for token in tokenize.generate_tokens(lambda: next(iterator, "")):
            if token.type in (tokenize.ENDMARKER, tokenize.DEDENT):
                continue
            first, last = min(first, token.start[0]), max(last, token.end[0])
            if token.type in (tokenize.NL, tokenize.NEWLINE):
                joined = "".join(lines[first - 1 : last])
                mapping.update(dict.fromkeys(range(first, last + 1), joined))
                first, last = len(lines) + 2, -1
    except (tokenize.TokenError, SyntaxError):
        return {}
    return mapping


def _noqa_silences(text: str, code: str) -> bool:
    match = NOQA_INLINE_REGEXP.search(text)
    if match is None:
        return False
    codes = match.group("codes")
    if codes is None:
        return True
    listed = {item for item in codes.replace(",", " ").split() if item}
    return code in listed or code.startswith(tuple(listed))


def _check(paths: Sequence[str], checker: Checker, output_format: str) -> int:
    reports = []
    with _Progress(len(paths)) as progress:
        for path in paths:
            progress.step(path)
            reports.append(check_file(path, checker))
    if output_format == "json":
        print(render_json(reports))
    elif output_format == "sarif":
        print(render_sarif(reports))
    else:
        for report in reports:
            for finding in report.findings:
                print(_line(report.path, finding))
    for report in reports:
        if report.error:
            print(f"{report.path}: error: {report.error}", file=sys.stderr)
    return _status(reports)


def _line(path: str, finding: Finding) -> str:
    return f"{path}:{finding.line}:{finding.col + 1}: {finding.code} {finding.message}"


def _status(reports: Sequence[FileReport]) -> int:
    if any(report.error for report in reports):
        return EXIT_ERROR
    return EXIT_FINDINGS if any(report.findings for report in reports) else EXIT_CLEAN


# ----- fixing -------------------------------------------------------------------------------
@dataclass
class _Fixed:
    report: FileReport
    changes: list[fixer.Change] = field(default_factory=list)
    skipped: list[fixer.Skip] = field(default_factory=list)


def fix_file(path: str, checker: Checker, method: str, codes: frozenset[str], diff: TextIO | None) -> _Fixed:
    try:
        source = read_source(Path(path))
        result = fixer.fix_text(source.text, checker, method, codes, path)
        fixed = Source(result.text, source.encoding)
        if result.text != source.text:
            name = Path(os.path.normpath(path)).as_posix()
            if diff is not None:
                diff.writelines(difflib.unified_diff(source.lines, fixed.lines, f"a/{name}", f"b/{name}"))
            else:
                write_source(Path(path), fixed)
        report = FileReport(path, findings=_visible(result.remaining, fixed.lines))
        return _Fixed(report, result.changes, result.skipped)
    except UnreadableSource as error:
        return _Fixed(FileReport(path, error=str(error)))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
        return _Fixed(
            FileReport(path, error=f"internal error, please report it: {type(error).__name__}: {error}")
        )


def _fix(paths: Sequence[str], checker: Checker, args: argparse.Namespace) -> int:
    out = sys.stderr if args.diff else sys.stdout
    codes = fix_codes(args.select, args.unsafe_fixes)
    results = []
    with _Progress(len(paths)) as progress:
        for path in paths:
            progress.step(path)
            results.append(fix_file(path, checker, args.method, codes, sys.stdout if args.diff else None))
    changed = 0
    verb = "would fix" if args.diff else "fixed"
    for result in results:
        path = result.report.path
        changed += bool(result.changes)
        for change in result.changes:
            print(
                f"{path}:{change.line}:{change.col + 1}: {verb} {change.code}: {change.description}", file=out
            )
        reasons = {(skip.line, skip.col, skip.code): skip.reason for skip in result.skipped}
        for finding in result.report.findings:
            print(_line(path, finding), file=out)
            reason = reasons.get((finding.line, finding.col, finding.code)) or NO_FIX.get(finding.code)
            if reason:
                print(f"    not fixed: {reason}", file=out)
        if result.report.error:
            print(f"{path}: error: {result.report.error}", file=sys.stderr)
    fixes = sum(len(result.changes) for result in results)
    remaining = sum(len(result.report.findings) for result in results)
    print(f"{fixes} fixes in {changed} files; {remaining} findings remain", file=out)
    return _status([result.report for result in results])


class _Progress:
    """`[12/340] path` on stderr, only when stderr is a terminal and the run is long."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.enabled = total >= 20 and sys.stderr.isatty()

    def __enter__(self) -> _Progress:
        return self

    def step(self, path: str) -> None:
        self.done += 1
        if self.enabled:
            sys.stderr.write(f"\r\033[K[{self.done}/{self.total}] {path[-60:]}")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
