"""Renders each rule's examples from rules.py into docs/rules/CODE.md.

Usage: python tools/render_docs.py          rewrite the generated part of every page
       python tools/render_docs.py --check  exit 1 if any page is stale (tests run this too)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from flake8_forksafe.rules import RULES, Rule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
BEGIN = "<!-- begin generated from src/flake8_forksafe/rules.py by tools/render_docs.py -->"
END = "<!-- end generated -->"
_BLOCK = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.DOTALL)


def _code_block(source: str) -> str:
    return f"```python\n{source.rstrip()}\n```\n"


def generated(rule: Rule) -> str:
    parts = [BEGIN, "", "## Message", "", "```text", f"{rule.code} {rule.message}", "```", ""]
    if rule.invalid:
        parts += ["## Example", "", "Each line marked `# error:` is reported.", ""]
        parts += [_code_block(source) for source in rule.invalid]
    if rule.valid:
        parts += ["## Use instead", "", "Nothing is reported here.", ""]
        parts += [_code_block(source) for source in rule.valid]
    parts.append(END)
    return "\n".join(parts)


def render(page: str, rule: Rule) -> str:
    if not _BLOCK.search(page):
        raise SystemExit(f"{rule.code}.md has no generated block; add the two marker lines")
    return _BLOCK.sub(lambda _: generated(rule), page)


def stale_pages() -> list[str]:
    stale = []
    for code, rule in RULES.items():
        path = DOCS / f"{code}.md"
        if not path.exists() or render(path.read_text(encoding="utf-8"), rule) != path.read_text(encoding="utf-8"):
            stale.append(code)
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_pages()
        for code in stale:
            print(f"docs/rules/{code}.md is stale: run python tools/render_docs.py", file=sys.stderr)
        return 1 if stale else 0
    for code, rule in RULES.items():
        path = DOCS / f"{code}.md"
        path.write_text(render(path.read_text(encoding="utf-8"), rule), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
