"""The standalone face: `flake8-forksafe check` and `flake8-forksafe fix`.

Both run the same engine as the flake8 plugin, configured the way flake8 configures it
(options.py: flake8's option manager, its configuration files, the plugin's options). flake8's
own code decides the rest: `expand_paths` finds the files (`exclude`, `extend-exclude`,
`filename`), a `StyleGuideManager` decides what is shown (`select`, `ignore`, their `extend-`
forms, `per-file-ignores`, `# noqa`, `disable-noqa`) and a `FileProcessor` finds the logical
line a `# noqa` is searched in and `# flake8: noqa`. This module reads the files (guarded: no
flake8 stands in front of it) and prints. Exit status: 0 clean, 1 findings, 2 usage or file errors.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import flake8
from flake8.discover_files import expand_paths
from flake8.exceptions import ExecutionError
from flake8.processor import FileProcessor
from flake8.style_guide import StyleGuideManager

from . import __version__, config, options
from .cache import Output, RunCache
from .engine import Checker
from .finder import module_path
from .judge import Finding
from .plugin import Plugin
from .reports import FileReport, render_json, render_sarif
from .rules import DEFAULT_FIX_CODES, FIX_METHODS, SAFE_FIX_CODES, UNSAFE_FIX_CODES
from .source import (
    Source,
    UnreadableSource,
    check_source,
    decode_source,
    read_source,
    read_source_bytes,
    write_source,
)
from .store import code_version

if TYPE_CHECKING:
    from . import fixer  # libcst: imported by `fix` only, `check` starts faster without it

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"
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
# flake8's options that a command does not take from flake8 (fix has a --select of its own).
LEAVE_OUT = {"check": ("--max-line-length",), "fix": ("--select", "--stdin-display-name")}
HELPS = {
    "check": {
        "--select": "comma-separated code prefixes to report (default: FRK, as flake8 --select=FRK: "
        "it replaces a select in the configuration files)",
    },
    "fix": {
        "--max-line-length": "the length an edited line is kept within, wrapping the call "
        "where that helps (default: 79, or flake8's max-line-length from its configuration)",
    },
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
    manager = options.option_manager()
    parser, commands = _parser(manager)
    args = parser.parse_args(argv)
    command = commands[args.command]
    try:
        defaults = options.configured_defaults(manager, args, LEAVE_OUT[args.command])
    except options.UsageError as error:
        command.error(str(error))
    if args.command == "check":
        defaults["select"] = options.PREFIX  # as `flake8 --select=FRK`: only a --select replaces it
    command.set_defaults(**defaults)
    args = parser.parse_args(argv)  # the command line over the configuration, strings through the types
    namespace = options.complete(manager, args)
    Plugin.parse_options(namespace)
    try:
        shown = _Shown(namespace)
    except (ExecutionError, ValueError) as error:  # a per-file-ignores flake8 cannot read
        command.error(str(error))
    if args.command == "fix" and STDIN in args.paths:
        command.error("fix cannot read standard input; flake8-forksafe check - reads it")
    paths = expand_paths(
        paths=args.paths,
        stdin_display_name=namespace.stdin_display_name,
        filename_patterns=namespace.filename,
        exclude=[*namespace.exclude, *namespace.extend_exclude, *getattr(namespace, config.EXCLUDE, [])],
    )
    if args.command == "check":
        return _check(list(paths), Plugin.checker(), shown, args.output_format)
    return _fix(list(paths), Plugin.checker(), shown, args)


def _parser(manager: Any) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="flake8-forksafe",
        description="Find (check) and fix (fix) fork-after-threads deadlock hazards, "
        "with flake8's configuration (setup.cfg, tox.ini, .flake8) and the plugin's options.",
    )
    parser.add_argument("--version", action="version", version=f"flake8-forksafe {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{check,fix}")
    check = commands.add_parser(
        "check",
        help="report findings, as flake8 --select=FRK does",
        description="Report findings, as flake8 --select=FRK does with the same configuration.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        default=["."],
        metavar="PATH",
        help="files and directories (searched for the --filename patterns, *.py); "
        "- reads standard input (default: .)",
    )
    check.add_argument(
        "--format",
        dest="output_format",
        choices=("text", "json", "sarif"),
        default="text",
        help="text: path:line:column: CODE message, as flake8 prints it; json; "
        "sarif: SARIF 2.1.0 for code scanning (default: text)",
    )
    options.add_arguments(check, manager, LEAVE_OUT["check"], HELPS["check"])
    fix = commands.add_parser(
        "fix",
        help="apply the safe fixes in place",
        description="Apply the safe fixes in place, then report what remains, as check does.",
    )
    fix.add_argument(
        "paths", nargs="*", default=["."], metavar="PATH", help="files and directories (default: .)"
    )
    fix.add_argument(
        "--diff", action="store_true", help="print a unified diff to stdout instead of writing files"
    )
    fix.add_argument(
        "--method",
        choices=FIX_METHODS,
        default="spawn",
        help="the start method the fixes use (default: spawn)",
    )
    fix.add_argument(
        "--select",
        type=_fix_codes,
        metavar="CODES",
        help="comma-separated codes to fix (default FRK001; FRK001,FRK004 are safe, FRK002 is unsafe)",
    )
    fix.add_argument(
        "--unsafe-fixes", action="store_true", help='also replace an explicit "fork" start method (FRK002)'
    )
    options.add_arguments(fix, manager, LEAVE_OUT["fix"], HELPS["fix"])
    return parser, {"check": check, "fix": fix}


def _fix_codes(value: str) -> frozenset[str]:
    codes = frozenset(code.strip().upper() for code in value.split(",") if code.strip())
    fixable = SAFE_FIX_CODES | UNSAFE_FIX_CODES
    if not codes or not codes <= fixable:
        raise argparse.ArgumentTypeError(f"{value!r}: fixable codes are {', '.join(sorted(fixable))}")
    return codes


def fix_codes(select: frozenset[str] | None, unsafe: bool) -> frozenset[str]:
    """The codes a fix run repairs: FRK001 by default, FRK002 only when unsafe fixes are allowed."""
    codes = DEFAULT_FIX_CODES if select is None else select
    if unsafe:
        return codes | UNSAFE_FIX_CODES if select is None else codes
    return codes - UNSAFE_FIX_CODES


# ----- what flake8 would show ----------------------------------------------------------------
class _Collector:
    """The formatter flake8's style guide reports to: the command prints by itself."""

    def handle(self, error: Any) -> None:
        pass


class _Shown:
    """The findings flake8 would report for a file, under the same options."""

    def __init__(self, namespace: argparse.Namespace) -> None:
        self.namespace = namespace
        self.guides = StyleGuideManager(namespace, _Collector())

    def __call__(self, name: str, findings: list[Finding], text: str) -> list[Finding]:
        if not findings:
            return []
        lines = io.StringIO(text, newline=None).readlines()  # as flake8 reads them
        processor = FileProcessor(name, self.namespace, lines=list(lines))
        if processor.should_ignore_file():  # a file-level flake8 noqa comment
            return []
        guide = self.guides.style_guide_for(name)
        kept = []
        for finding in findings:
            physical = processor.noqa_line_for(finding.line)
            if physical is None:
                physical = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
            text = f"{finding.code} {finding.message}"
            if guide.handle_error(finding.code, name, finding.line, finding.col, text, physical):
                kept.append(finding)
        return kept


# ----- checking -----------------------------------------------------------------------------
def _read(path: str, checker: Checker) -> Source:
    if path == STDIN:
        return decode_source(sys.stdin.buffer.read())
    data = read_source_bytes(Path(path))
    checker.project.record(module_path(path), data)
    return decode_source(data)


def check_file(path: str, name: str, checker: Checker, shown: _Shown) -> FileReport:
    try:
        source = _read(path, checker)
        findings = check_source(source.text, checker, name)  # the name places the module in its project
        return FileReport(name, findings=shown(name, findings, source.text))
    except UnreadableSource as error:
        return FileReport(name, error=str(error))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
        return FileReport(name, error=f"internal error, please report it: {type(error).__name__}: {error}")


def _check(paths: Sequence[str], checker: Checker, shown: _Shown, output_format: str) -> int:
    runs = _run_cache(paths, checker, shown.namespace)
    if runs is not None:
        finder = checker.project.finder
        roots = {finder.search_roots(finder.roots_for(module_path(path))[0]) for path in paths}
        cached = runs.load(roots, finder.listing)
        if cached is not None:
            return _show(cached)
        checker.project.record_inputs = True
    reports = []
    with _Progress(len(paths)) as progress:
        for path in paths:
            progress.step(path)
            name = shown.namespace.stdin_display_name if path == STDIN else path
            reports.append(check_file(path, name, checker, shown))
    reports.sort(key=lambda report: report.path)  # flake8 reports files in this order
    if output_format == "json":
        stdout = render_json(reports) + "\n"
    elif output_format == "sarif":
        stdout = render_sarif(reports) + "\n"
    else:
        stdout = "".join(
            f"{_line(report.path, finding)}\n" for report in reports for finding in report.findings
        )
    stderr = "".join(f"{report.path}: error: {report.error}\n" for report in reports if report.error)
    output = Output(stdout, stderr, _status(reports))
    if runs is not None and all(module_path(path) in checker.project.inputs for path in paths):
        runs.store(checker.project.inputs, checker.project.finder.listings(), output)  # all read
    return _show(output)


def _run_cache(paths: Sequence[str], checker: Checker, namespace: argparse.Namespace) -> RunCache | None:
    """Where this run's output is kept, keyed by what it depends on besides files; None for stdin
    or without a disk cache. The entry is named after the command line, so that a new file in the
    paths checked replaces the entry rather than adding one."""
    summaries = checker.project.cache(Path(paths[0]).absolute()) if paths else None
    if summaries is None or STDIN in paths:
        return None
    options = {
        name: sorted(value) if isinstance(value, (set, frozenset)) else value  # repr: hash order
        for name, value in vars(namespace).items()
    }
    invocation = repr((code_version(), flake8.__version__, sys.version, os.getcwd(), sorted(options.items())))
    return RunCache(summaries, invocation, repr(list(paths)))


def _show(output: Output) -> int:
    sys.stdout.write(output.stdout)
    sys.stdout.flush()
    sys.stderr.write(output.stderr)
    return output.status


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


def fix_file(
    path: str, checker: Checker, shown: _Shown, args: argparse.Namespace, diff: TextIO | None
) -> _Fixed:
    """Fixes one file (or, with `diff`, writes the diff there); findings at the file's positions on disk."""
    from . import fixer

    codes = fix_codes(args.select, args.unsafe_fixes)
    try:
        source = read_source(Path(path))
        result = fixer.fix_text(
            source.text,
            checker,
            args.method,
            codes,
            path,
            lambda findings, text: shown(path, findings, text),
            shown.namespace.max_line_length,
        )
        fixed = Source(result.text, source.encoding)
        remaining = result.remaining
        skipped = result.skipped
        if result.text != source.text:
            name = Path(os.path.normpath(path)).as_posix()
            if diff is not None:
                diff.writelines(difflib.unified_diff(source.lines, fixed.lines, f"a/{name}", f"b/{name}"))
                pairs = result.remaining_in_original()
                on_disk = {(f.line, f.col, f.code): original for f, original in pairs}
                remaining = [on_disk[f.line, f.col, f.code] for f in result.remaining]
                skipped = [
                    fixer.Skip(where.line, where.col, skip.code, skip.reason)
                    for skip in result.skipped
                    if (where := on_disk.get((skip.line, skip.col, skip.code))) is not None
                ]
            else:
                write_source(Path(path), fixed)
        return _Fixed(FileReport(path, findings=remaining), result.changes, skipped)
    except UnreadableSource as error:
        return _Fixed(FileReport(path, error=str(error)))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
        return _Fixed(
            FileReport(path, error=f"internal error, please report it: {type(error).__name__}: {error}")
        )


def _fix(paths: Sequence[str], checker: Checker, shown: _Shown, args: argparse.Namespace) -> int:
    out = sys.stderr if args.diff else sys.stdout
    results = []
    with _Progress(len(paths)) as progress:
        for path in sorted(paths):
            progress.step(path)
            results.append(fix_file(path, checker, shown, args, sys.stdout if args.diff else None))
    verb = "would fix" if args.diff else "fixed"
    for result in results:
        path = result.report.path
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
    files = sum(bool(result.changes) for result in results)
    remaining = sum(len(result.report.findings) for result in results)
    print(f"{_count(fixes, 'fix', 'fixes')} in {_count(files, 'file')}; {_remain(remaining)}", file=out)
    return _status([result.report for result in results])


def _count(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def _remain(number: int) -> str:
    return f"{_count(number, 'finding')} {'remains' if number == 1 else 'remain'}"


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
