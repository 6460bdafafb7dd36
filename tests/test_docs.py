"""Docs stay true: rule pages are regenerated from rules.py, every code is documented."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import render_docs

from flake8_forksafe.libraries import FORKERS, STARTERS
from flake8_forksafe.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
SOURCE_CODES = set(re.findall(r"FRK\d{3}", "".join(p.read_text() for p in (ROOT / "src").rglob("*.py"))))


def test_rule_pages_are_not_stale() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "render_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_codes_in_source_are_the_rules() -> None:
    assert set(RULES) == SOURCE_CODES


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_code_has_a_page_and_a_readme_mention(code: str) -> None:
    assert (ROOT / "docs" / "rules" / f"{code}.md").read_text().startswith(f"# {code}: ")
    assert code in (ROOT / "README.md").read_text()


def test_codes_match_flake8_pattern_and_entry_point() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'FRK = "flake8_forksafe.plugin:Plugin"' in pyproject
    for code in RULES:
        assert re.fullmatch(r"[A-Z]{1,3}[0-9]{0,3}", code) and code.startswith("FRK")


RUFF_SHAPE = ["What it finds", "Why it deadlocks", "Example", "Use instead", "Options", "Fix", "References"]


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_pages_have_the_sections_in_order(code: str) -> None:
    page = (ROOT / "docs" / "rules" / f"{code}.md").read_text()
    sections = re.findall(r"^## (.+)$", page, re.MULTILINE)
    # FRK000 is not a deadlock: its page says why it matters instead; FRK1xx say why it breaks.
    why = {"FRK000": "Why it matters"}.get(code, "Why it breaks" if code.startswith("FRK1") else "")
    want = [name.replace("Why it deadlocks", why) if why else name for name in RUFF_SHAPE]
    assert sections == want


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_code_is_in_the_changelog(code: str) -> None:
    assert code in (ROOT / "CHANGELOG.md").read_text()


def test_every_docs_page_is_in_the_site_navigation() -> None:
    mkdocs = (ROOT / "mkdocs.yml").read_text()
    pages = {str(path.relative_to(ROOT / "docs")) for path in (ROOT / "docs").rglob("*.md")}
    assert pages == set(re.findall(r":\s+(\S+\.md)$", mkdocs, re.MULTILINE))


FLAKE8 = shutil.which("flake8", path=str(Path(sys.executable).parent))
CONSOLE_RUN = re.compile(
    r"^```console\n\$ (flake8 --select=FRK examples/\S*)\n(.*?)^```", re.MULTILINE | re.DOTALL
)
PAGES_WITH_RUNS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_show_the_real_flake8_output_on_the_examples() -> None:
    assert FLAKE8, "flake8 is not installed next to this Python"
    runs = [
        (page.name, *match.groups())
        for page in PAGES_WITH_RUNS
        for match in CONSOLE_RUN.finditer(page.read_text())
    ]
    assert len(runs) >= 4
    for page, command, shown in runs:
        args = command.split()[1:]
        real = subprocess.run(
            [FLAKE8, "--isolated", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
        assert shown.splitlines() == real.stdout.splitlines(), (
            f"{page}: `{command}` prints something else now"
        )


def test_the_libraries_page_lists_the_catalog_and_goes_stale_with_it() -> None:
    page = (ROOT / "docs" / "libraries.md").read_text()
    assert render_docs.render_libraries(page) == page
    for record in (*STARTERS, *FORKERS):
        assert f"| `{record.qualname}`" in page and record.citation in page
    edited = page.replace(f"`{STARTERS[0].qualname}`", "`renamed`", 1)
    assert render_docs.render_libraries(edited) != edited
    assert "libraries.md" in (ROOT / "README.md").read_text()
