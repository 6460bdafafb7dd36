"""Hostile and odd inputs end in findings or FRK000, through the checker and through real flake8."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flake8_forksafe.engine import Checker
from flake8_forksafe.source import UnreadableSource, check_source

from hostile import CASES, HEAD, IDS, Hostile
from test_e2e import flake8

OUTPUT = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):\d+: (?P<code>[A-Z]+\d+) ")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_check_source(case: Hostile) -> None:
    if case.outcome is None:
        with pytest.raises(UnreadableSource):
            check_source(case.data, Checker())
    else:
        assert [
            (finding.line, finding.code) for finding in check_source(case.data, Checker())
        ] == case.outcome


def _flake8_findings(directory: Path) -> dict[str, list[tuple[int, str]]]:
    result = flake8(directory, "--isolated", "--select=FRK,E9", ".")
    assert result.stderr == ""
    seen: dict[str, list[tuple[int, str]]] = {}
    for line in result.stdout.splitlines():
        match = OUTPUT.match(line)
        assert match, line
        seen.setdefault(Path(match["file"]).stem, []).append((int(match["line"]), match["code"]))
    return seen


def _expect(case: Hostile, seen: list[tuple[int, str]]) -> None:
    if case.flake8_latin1 is not None:
        assert seen == case.flake8_latin1, case.name
    elif case.outcome is None:
        assert [code[:2] for _, code in seen] == ["E9"], case.name
    else:
        assert seen == case.outcome, case.name


def test_real_flake8_on_hostile_files(tmp_path: Path) -> None:
    for case in CASES:
        if not case.big and not case.flake8_may_fail:
            (tmp_path / f"{case.name}.py").write_bytes(case.data)
    seen = _flake8_findings(tmp_path)
    for case in CASES:
        if not case.big and not case.flake8_may_fail:
            _expect(case, seen.get(case.name, []))


@pytest.mark.parametrize("case", [case for case in CASES if case.flake8_may_fail], ids=lambda case: case.name)
def test_real_flake8_where_flake8_itself_may_fail(tmp_path: Path, case: Hostile) -> None:
    """pyflakes or flake8's own parsing may abort the run on these; this plugin never does."""
    (tmp_path / "odd.py").write_bytes(case.data)
    result = flake8(tmp_path, "--isolated", "--select=FRK,E9", "odd.py")
    assert "flake8_forksafe" not in result.stderr
    failures = [line for line in result.stdout.splitlines() if "failed during execution" in line]
    assert all('"pyflakes[F]"' in line for line in failures), failures
    if not failures and not result.stderr:
        _expect(
            case, [(int(m["line"]), m["code"]) for m in map(OUTPUT.match, result.stdout.splitlines()) if m]
        )


def test_the_code_read_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    module = tmp_path / "writes_marker.py"
    module.write_text(
        f"open({str(marker)!r}, 'w').write('executed')\n"
        f"import pathlib; pathlib.Path({str(marker)!r}).touch()\n" + HEAD
    )
    result = flake8(tmp_path, "--isolated", "--select=FRK", "writes_marker.py")
    assert [line.split(" ")[1] for line in result.stdout.splitlines()] == ["FRK003"]
    assert [finding.code for finding in check_source(module.read_bytes(), Checker())] == ["FRK003"]
    assert not marker.exists()


def test_check_source_takes_text_and_counts_lines_as_flake8_does() -> None:
    text = "import os, threading\r\nthreading.Thread().start()\r\n\x0c# é\rs = 'é'; os.fork()\n"
    findings = check_source(text, Checker())
    assert [(finding.line, finding.col, finding.code) for finding in findings] == [
        (4, 9, "FRK003")
    ]  # characters, not bytes


def test_unreadable_source_says_where() -> None:
    with pytest.raises(UnreadableSource) as error:
        check_source(b"import os\n\nprint 'x'\nos.fork()\n", Checker())
    assert (error.value.line, error.value.reason.split(":")[0]) == (3, "syntax error")
