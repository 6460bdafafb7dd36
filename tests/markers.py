"""Expected findings written into example sources as trailing comments.

`# error: FRK001` marks a line that must have that finding; `# error: FRK001:10` also pins the
column flake8 prints (1-based); `# error: FRK001, FRK002` marks two findings on one line.
"""

from __future__ import annotations

import ast
import re

from flake8_forksafe.engine import Checker
from flake8_forksafe.settings import Settings

_MARKER = re.compile(r"#\s*error:\s*(?P<codes>FRK\d{3}(?::\d+)?(?:\s*,\s*FRK\d{3}(?::\d+)?)*)")


def expected(source: str) -> list[tuple[int, str, int | None]]:
    """(line, code, flake8 column or None) for every marker in the source."""
    found = []
    for number, line in enumerate(source.splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            for item in match.group("codes").split(","):
                code, _, col = item.strip().partition(":")
                found.append((number, code, int(col) if col else None))
    return sorted(found, key=lambda item: (item[0], item[1]))


def actual(source: str, settings: Settings = Settings()) -> list[tuple[int, str, int]]:
    """(line, code, flake8 column) for every finding the checker reports."""
    lines = source.splitlines(keepends=True)
    findings = Checker(settings).check(ast.parse(source), lines)
    return [(finding.line, finding.code, finding.col + 1) for finding in findings]


def assert_matches_markers(source: str, settings: Settings = Settings()) -> None:
    want = expected(source)
    got = sorted(actual(source, settings))
    assert [(line, code) for line, code, _ in got] == [(line, code) for line, code, _ in want], (
        f"expected {want}, got {got}"
    )
    for (line, code, col), (_, _, want_col) in zip(got, want):
        assert want_col is None or col == want_col, (
            f"{code} on line {line}: column {col}, expected {want_col}"
        )
