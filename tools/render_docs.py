"""Renders each rule's message and examples from rules.py into docs/rules/CODE.md, and the
library catalog from libraries.py into docs/libraries.md.

A rule page holds two generated blocks, each between its own pair of marker lines:
`message` (the message template, inside "What it finds") and `examples` (the "Example" and
"Use instead" sections); the library page holds one, `libraries` (its two tables).
Everything outside the markers is written by hand.

Usage: python tools/render_docs.py          rewrite the generated blocks of every page
       python tools/render_docs.py --check  exit 1 if any page is stale (tests run this too)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from flake8_forksafe.libraries import FORKERS, STARTERS, Default
from flake8_forksafe.rules import RULES, Rule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
LIBRARIES_PAGE = DOCS.parent / "libraries.md"
END = "<!-- end generated -->"


def begin(block: str, source: str = "rules.py") -> str:
    return f"<!-- begin generated {block} from src/flake8_forksafe/{source} by tools/render_docs.py -->"


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
    return _fill_block(page, begin(name), block)


def render(page: str, rule: Rule) -> str:
    for name, content in BLOCKS.items():
        filled = _fill(page, name, "\n".join([begin(name), "", *content(rule), END]))
        if filled is None:
            raise SystemExit(f"{rule.code}.md has no generated {name} block; add its two marker lines")
        page = filled
    return page


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def library_tables() -> list[str]:
    """The catalog as two tables: what starts threads (evidence), and what forks (sinks)."""
    lines = [
        "### Thread starters (evidence)",
        "",
        _row("Library", "Name", "What starts threads", "Evidence", "Versions checked", "Citation"),
        _row(*["---"] * 6),
    ]
    for starter in STARTERS:
        name = f"`{starter.qualname}`"
        if starter.methods:
            name += " then " + ", ".join(f"`.{method}()`" for method in starter.methods).replace(
                "`.__enter__()`", "`with`"
            )
        if starter.aliases:
            name += " (also " + ", ".join(f"`{alias}`" for alias in starter.aliases) + ")"
        conditions = " or ".join(
            f"`{c.keyword}={c.values[0]!r}`" if c.values else f"`{c.keyword}=`" for c in starter.when
        )
        what = starter.what + (
            f"; only with {conditions}" if conditions and not starter.when[0].missing else ""
        )
        lines.append(
            _row(starter.library, name, what, starter.trigger.value, starter.versions, starter.citation)
        )
    lines += [
        "",
        "### Forkers (sinks)",
        "",
        _row(
            "Library",
            "Call",
            "What forks",
            "Start method from",
            "Reported as",
            "Versions checked",
            "Citation",
        ),
        _row(*["---"] * 7),
    ]
    for forker in FORKERS:
        code = {Default.PYTHON: "FRK001", Default.FORK: "FRK002", Default.NO_FORK: "FRK001 when told to fork"}
        name = f"`{forker.qualname}`"
        if forker.aliases:
            name += " (also " + ", ".join(f"`{alias}`" for alias in forker.aliases) + ")"
        argument = f"`{forker.keyword}=` (position {forker.position})"
        lines.append(
            _row(
                forker.library,
                name,
                forker.what,
                argument,
                f"{code[forker.default]}; `fork`: FRK002",
                forker.versions,
                forker.citation,
            )
        )
    return [*lines, ""]


def render_libraries(page: str) -> str:
    block = "\n".join([begin("libraries", "libraries.py"), "", *library_tables(), END])
    filled = _fill_block(page, begin("libraries", "libraries.py"), block)
    if filled is None:
        raise SystemExit("libraries.md has no generated libraries block; add its two marker lines")
    return filled


def _fill_block(page: str, marker: str, block: str) -> str | None:
    pattern = re.compile(re.escape(marker) + ".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(page):
        return None
    return pattern.sub(lambda _: block, page)


def stale_pages() -> list[str]:
    """The pages, relative to docs/, whose generated blocks differ from what the data says."""
    stale = []
    for code, rule in RULES.items():
        path = DOCS / f"{code}.md"
        page = path.read_text(encoding="utf-8") if path.exists() else None
        if page is None or render(page, rule) != page:
            stale.append(f"rules/{code}.md")
    page = LIBRARIES_PAGE.read_text(encoding="utf-8") if LIBRARIES_PAGE.exists() else None
    if page is None or render_libraries(page) != page:
        stale.append("libraries.md")
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_pages()
        for name in stale:
            print(f"docs/{name} is stale: run python tools/render_docs.py", file=sys.stderr)
        return 1 if stale else 0
    for code, rule in RULES.items():
        path = DOCS / f"{code}.md"
        path.write_text(render(path.read_text(encoding="utf-8"), rule), encoding="utf-8")
    LIBRARIES_PAGE.write_text(render_libraries(LIBRARIES_PAGE.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
