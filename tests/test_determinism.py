"""The same input gives byte-identical flake8 output across runs, --jobs and Python versions.

The corpus is the contract cases, the rule examples and examples/ (those that Python 3.9 can
read). Every Python of the tox matrix compares its output with the same committed file.
"""

from __future__ import annotations

import ast
import textwrap
import warnings
from pathlib import Path

from flake8_forksafe.rules import RULES

from test_contract import CASES
from test_e2e import flake8

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = Path(__file__).parent / "determinism_expected.txt"


def _readable_by_39(source: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source, feature_version=(3, 9))
    except SyntaxError:
        return False
    return True


def corpus() -> dict[str, str]:
    files = {
        f"contract_{index:03}.py": textwrap.dedent(source) for index, source in enumerate(CASES.values())
    }
    for code, rule in sorted(RULES.items()):
        for index, source in enumerate(rule.invalid + rule.valid):
            files[f"{code.lower()}_{index:02}.py"] = source
    for path in sorted((ROOT / "examples").glob("*.py")):
        files[f"example_{path.name}"] = path.read_text(encoding="utf-8")
    return {name: source for name, source in files.items() if _readable_by_39(source)}


def test_output_is_byte_identical_across_runs_jobs_and_pythons(tmp_path: Path) -> None:
    for name, source in corpus().items():
        (tmp_path / name).write_text(source, encoding="utf-8")
    outputs = [
        flake8(tmp_path, "--isolated", "--select=FRK", f"--jobs={jobs}", ".").stdout.encode()
        for jobs in ("1", "2", "1")
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") >= 50
    assert outputs[0] == EXPECTED.read_bytes()
