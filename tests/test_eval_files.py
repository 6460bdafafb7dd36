"""Realistic modules in tests/eval_files/ carry their expected findings as `# error:` comments.

Each file is checked twice: through the engine, and through the real flake8 executable on the
whole folder, so positions and codes are what users see. A file that needs options (a first line
`# options: --forksafe-...`) is checked by flake8 alone, with them; one whose markers rely on
flake8's noqa handling, by flake8 only.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from markers import assert_matches_markers, expected
from test_e2e import flake8

EVAL_DIR = Path(__file__).parent / "eval_files"
EVAL_FILES = sorted(EVAL_DIR.glob("*.py"))
# A file may need flake8 options, given on a line `# options: --forksafe-...` at its top.
_OPTIONS = re.compile(r"^# options:(.*)$", re.MULTILINE)
# A bare noqa comment, or one naming an FRK code, is flake8's to apply: such a file is checked by flake8 only.
_FRK_NOQA = re.compile(r"#\s*noqa(?!:)|#\s*noqa:\s*FRK", re.IGNORECASE)


def flake8_options(path: Path) -> list[str]:
    return [option for line in _OPTIONS.findall(path.read_text(encoding="utf-8")) for option in line.split()]


WITH_OPTIONS = [path for path in EVAL_FILES if flake8_options(path)]
PLAIN = [path for path in EVAL_FILES if path not in WITH_OPTIONS]
ENGINE_FILES = [path for path in PLAIN if not _FRK_NOQA.search(path.read_text(encoding="utf-8"))]


def test_there_are_eval_files() -> None:
    assert len(EVAL_FILES) >= 30


@pytest.mark.parametrize("path", ENGINE_FILES, ids=lambda path: path.name)
def test_eval_file(path: Path) -> None:
    assert_matches_markers(path.read_text(encoding="utf-8"))


def _reported(stdout: str) -> list[tuple[str, int, str, int]]:
    got = []
    for line in stdout.splitlines():
        match = re.match(r"^(?:\./)?(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>FRK\d{3}) ", line)
        assert match, line
        got.append((match["file"], int(match["line"]), match["code"], int(match["col"])))
    return got


@pytest.mark.parametrize("path", WITH_OPTIONS, ids=lambda path: path.name)
def test_flake8_with_the_files_options(path: Path) -> None:
    result = flake8(EVAL_DIR, "--isolated", "--select=FRK", *flake8_options(path), path.name)
    want = [(path.name, line, code, col) for line, code, col in expected(path.read_text(encoding="utf-8"))]
    assert sorted(_reported(result.stdout)) == sorted(want)


def test_flake8_reports_exactly_the_markers() -> None:
    excluded = ",".join(path.name for path in WITH_OPTIONS)
    result = flake8(EVAL_DIR, "--isolated", "--select=FRK", f"--extend-exclude={excluded}", ".")
    got = _reported(result.stdout)
    want = [
        (path.name, line, code, col)
        for path in PLAIN
        for line, code, col in expected(path.read_text(encoding="utf-8"))
    ]
    # Where a marker leaves the column open, take the reported one.
    reported_cols = {item[:3]: item[3] for item in got}
    want = [(*item[:3], reported_cols.get(item[:3]) if item[3] is None else item[3]) for item in want]
    assert sorted(got) == sorted(want)
