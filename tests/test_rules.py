"""Every example in rules.py is checked against its own `# error:` markers."""

from __future__ import annotations

import pytest

from flake8_forksafe.rules import RULES

from markers import assert_matches_markers, expected

EXAMPLES = [
    pytest.param(source, id=f"{rule.code}-{kind}-{index}")
    for rule in RULES.values()
    for kind, sources in (("invalid", rule.invalid), ("valid", rule.valid))
    for index, source in enumerate(sources)
]


@pytest.mark.parametrize("source", EXAMPLES)
def test_example_matches_its_markers(source: str) -> None:
    assert_matches_markers(source)


@pytest.mark.parametrize("code", [code for code in RULES if code != "FRK000"])
def test_every_rule_has_examples_of_both_kinds(code: str) -> None:
    rule = RULES[code]
    assert rule.invalid and rule.valid
    for source in rule.invalid:
        assert code in {marked for _, marked, _ in expected(source)}
    for source in rule.valid:
        assert not expected(source)
