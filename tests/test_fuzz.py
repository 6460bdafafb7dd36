"""Property-based fuzzing: whatever the program, the checker gives findings or FRK000, never an error.

hypothesmith generates valid Python from the grammar; the mutations start from this project's
own examples (rules.py, examples/, the contract cases) and break them in small ways. The default
run tries a bounded number of programs per test; `tox -e fuzz` sets FORKSAFE_FUZZ_EXAMPLES much
higher and prints hypothesis' statistics (how many programs were tried).
"""

from __future__ import annotations

import ast
import contextlib
import os
import textwrap
import warnings
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_forksafe.engine import Checker
from flake8_forksafe.judge import Finding
from flake8_forksafe.rules import RULES
from flake8_forksafe.source import UnreadableSource, check_source

from test_contract import CASES

EXAMPLES = int(os.environ.get("FORKSAFE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
ROOT = Path(__file__).resolve().parent.parent
SEEDS = [
    *(textwrap.dedent(source) for source in CASES.values()),
    *(example for rule in RULES.values() for example in rule.invalid + rule.valid),
    *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.py"))),
]
# Puts thread evidence and a fork sink around a program, so that it reaches facts, libcst, judge.
PREFIX = "import os, threading, multiprocessing\nthreading.Thread(target=print).start()\n"
SUFFIX = "\nos.fork()\nmultiprocessing.Pool()\n"


def assert_sound(findings: list[Finding]) -> None:
    for finding in findings:
        assert finding.code in RULES
        assert "internal error" not in finding.message, finding.message
        assert finding.line >= 1 and finding.col >= 0


def check_text(text: str) -> None:
    try:
        assert_sound(check_source(text, Checker()))
    except UnreadableSource:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(text)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                return  # Python cannot read it either: flake8 reports E999 and never calls the plugin
        raise


@FUZZ
@given(hypothesmith.from_grammar())
def test_generated_programs(program: str) -> None:
    check_text(program)
    check_text(PREFIX + program + SUFFIX)


@pytest.mark.filterwarnings("ignore::SyntaxWarning")  # hypothesmith compiles what it generates
@FUZZ
@given(hypothesmith.from_node())
def test_generated_syntax_trees(program: str) -> None:
    check_text(PREFIX + program + SUFFIX)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """One of the project's examples, broken by a few random line and character edits."""
    lines = draw(st.sampled_from(SEEDS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from(["drop", "duplicate", "swap", "insert", "truncate", "indent"]))
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if edit == "drop":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif edit == "insert":
            column = draw(st.integers(0, len(lines[at])))
            noise = draw(st.text(alphabet="()[]{}:,.=+*'\"\\#@\t\x0c\r\n xyz0é", max_size=4))
            lines[at] = lines[at][:column] + noise + lines[at][column:]
        elif edit == "truncate":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            lines[at] = "    " + lines[at]
    return "".join(lines)


@FUZZ
@given(mutated(), st.sampled_from(["utf-8", "utf-8-sig", "crlf"]))
def test_mutated_examples(source: str, form: str) -> None:
    check_text(source)
    data = source.replace("\n", "\r\n").encode() if form == "crlf" else source.encode(form)
    with contextlib.suppress(UnreadableSource):  # the same text was judged by check_text above
        assert_sound(check_source(data, Checker()))
