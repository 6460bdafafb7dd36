"""Every example source the suite knows: contract cases, rules.py examples, examples/*.py."""

from __future__ import annotations

import textwrap
from pathlib import Path

from flake8_forksafe.rules import RULES

from test_contract import CASES

ROOT = Path(__file__).resolve().parent.parent


def sources() -> dict[str, str]:
    found = {f"contract-{name}": textwrap.dedent(source).lstrip("\n") for name, source in CASES.items()}
    for rule in RULES.values():
        for kind, examples in (("invalid", rule.invalid), ("valid", rule.valid)):
            for index, source in enumerate(examples):
                found[f"{rule.code}-{kind}-{index}"] = source
    for path in sorted((ROOT / "examples").glob("*.py")):
        found[f"examples-{path.stem}"] = path.read_text(encoding="utf-8")
    return found


SOURCES = sources()
