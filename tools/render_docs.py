"""Renders each rule's message and examples from rules.py into docs/rules/CODE.md.

A page holds two generated blocks, each between its own pair of marker lines:
`message` (the message template, inside "What it finds") and `examples` (the "Example" and
"Use instead" sections). Everything outside the markers is written by hand.

Usage: python tools/render_docs.py          rewrite the generated blocks of every page
       python tools/render_docs.py --check  exit 1 if any page is stale (tests run this too)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from flake8_forksafe.rules import RULES, Rule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
END = "<!-- end generated -->"


def begin(block: str) -> str:
    return f"<!-- begin generated {block} from src/flake8_forksafe/rules.py by tools/render_docs.py -->"


def _code_block(source: str, language: str = "python") -> str:
    return f"```{language}\n{source.rstrip()}\n```\n"


def message(rule: Rule) -> list[str]:
    return ["The message:", "", _code_block(f"{rule.code} {rule.message}", "text")]


def examples(rule: Rule) -> list[str]:
    parts: list[str] = []
    if rule.invalid:
        parts += ["## Example", "", "Each line marked `# error:` is reported.", ""]
        parts += [_code_block(source) for source in rule.invalid]
    if rule.valid:
        parts += ["## Use instead", "", "Nothing is reported here.", ""]
        parts += [_code_block(source) for source in rule.valid]
    return parts


BLOCKS: dict[str, Callable[[Rule], list[str]]] = {"message": message, "examples": examples}


def _fill(page: str, name: str, block: str) -> str | None:
    pattern = re.compile(re.escape(begin(name)) + ".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(page):
        return None
    return pattern.sub(lambda _: block, page)


def render(page: str, rule: Rule) -> str:
    for name, content in BLOCKS.items():
        filled = _fill(page, name, "\n".join([begin(name), "", *content(rule), END]))
        if filled is None:
            raise SystemExit(f"{rule.code}.md has no generated {name} block; add its two marker lines")
        page = filled
    return page


def stale_pages() -> list[str]:
    stale = []
    for code, rule in RULES.items():
        path = DOCS / f"{code}.md"
        page = path.read_text(encoding="utf-8") if path.exists() else None
        if page is None or render(page, rule) != page:
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
