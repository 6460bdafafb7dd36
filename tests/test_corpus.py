"""A bounded sample of the real-corpus run (tools/corpus.py; `tox -e corpus` runs it all)."""

from __future__ import annotations

import sysconfig
from pathlib import Path

from flake8_forksafe.engine import Checker

from corpus import read  # tools/corpus.py

STDLIB = sorted(Path(sysconfig.get_paths()["stdlib"]).rglob("*.py"))
SAMPLE = STDLIB[:: max(len(STDLIB) // 150, 1)]


def test_standard_library_sample_has_no_failure() -> None:
    checker = Checker()
    codes = []
    for path in SAMPLE:
        parsed = read(path)
        if parsed is not None:
            codes += [(str(path), finding.code, finding.message) for finding in checker.check(*parsed)]
    assert len(SAMPLE) >= 100
    assert [code for code in codes if code[1] == "FRK000"] == []
