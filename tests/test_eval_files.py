"""Realistic modules in tests/eval_files/ carry their expected findings as `# error:` comments.

Each file is checked twice: through the engine, and through the real flake8 executable on the
whole folder, so positions and codes are what users see.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from markers import assert_matches_markers, expected
from test_e2e import flake8

EVAL_DIR = Path(__file__).parent / "eval_files"
EVAL_FILES = sorted(EVAL_DIR.glob("*.py"))


def test_there_are_eval_files() -> None:
    assert len(EVAL_FILES) >= 30


@pytest.mark.parametrize("path", EVAL_FILES, ids=lambda path: path.name)
def test_eval_file(path: Path) -> None:
    assert_matches_markers(path.read_text(encoding="utf-8"))


def test_flake8_reports_exactly_the_markers() -> None:
    result = flake8(EVAL_DIR, "--isolated", "--select=FRK", ".")
    got = []
    for line in result.stdout.splitlines():
        match = re.match(r"^\./(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>FRK\d{3}) ", line)
        assert match, line
        got.append((match["file"], int(match["line"]), match["code"], int(match["col"])))
    want = [
        (path.name, line, code, col)
        for path in EVAL_FILES
        for line, code, col in expected(path.read_text(encoding="utf-8"))
    ]
    # Where a marker leaves the column open, take the reported one.
    reported_cols = {item[:3]: item[3] for item in got}
    want = [(*item[:3], reported_cols.get(item[:3]) if item[3] is None else item[3]) for item in want]
    assert sorted(got) == sorted(want)
