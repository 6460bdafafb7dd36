"""Multi-module fixture projects (tests/projects/<case>/), expected findings as trailing comments.

Each case is a small project labelled from rules.md alone (tests/projects/README.md). Every .py
file of the case is checked as flake8 checks it from the case directory, with the case's own
setup.cfg options, and must have exactly the findings its `# error:` markers name. The cases
are copied first, so that the summary cache they write stays out of the repository.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_finder import settle

from flake8_forksafe.engine import Checker
from flake8_forksafe.settings import (
    Settings,
    directories,
    module_names,
    python_version,
    qualified_names,
    scope,
)
from flake8_forksafe.source import UnreadableSource, check_source, read_source

from markers import expected

PROJECTS = Path(__file__).parent / "projects"
CASES = sorted(  # not __pycache__ (conftest.py's) or .ruff_cache, which a local run leaves
    path.name for path in PROJECTS.iterdir() if path.is_dir() and not path.name.startswith((".", "__"))
)
FLAKE8 = Path(sys.executable).with_name("flake8")


def case_settings(case: Path) -> Settings:
    """The forksafe-* options of the case's setup.cfg [flake8] section, as flake8 would parse them."""
    parser = configparser.ConfigParser()
    parser.read(case / "setup.cfg")
    options = dict(parser["flake8"]) if parser.has_section("flake8") else {}
    return Settings(
        qualified_names(options.get("forksafe-extra-thread-starters", "")),
        qualified_names(options.get("forksafe-extra-lock-factories", "")),
        python_version(options.get("forksafe-target-python", "3.9")),
        scope(options.get("forksafe-scope", "program")),
        tuple(str((case / root).resolve()) for root in directories(options.get("forksafe-source-roots", ""))),
        module_names(options.get("forksafe-entry-points", "")),
        no_cache=True,
    )


def python_files(case: Path) -> list[Path]:
    return sorted(path for path in case.rglob("*.py") if ".forksafe_cache" not in path.parts)


@pytest.fixture
def copy(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(PROJECTS / name, target)
        return target

    return make


@pytest.mark.parametrize("name", CASES)
def test_project_matches_its_markers(name: str, copy, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    case = copy(name)
    monkeypatch.chdir(case)
    checker = Checker(case_settings(case))
    want, got = [], []
    for path in python_files(case):
        relative = path.relative_to(case).as_posix()
        try:
            source = read_source(path)
            findings = check_source(source.text, checker, str(path))
        except UnreadableSource:
            continue  # flake8 reports E999 and does not run the plugin
        want += [(relative, line, code, col) for line, code, col in expected(source.text)]
        got += [(relative, finding.line, finding.code, finding.col + 1) for finding in findings]
    assert sorted((f, line, code) for f, line, code, _ in got) == sorted(
        (f, line, code) for f, line, code, _ in want
    )
    pinned = {(f, line, code): col for f, line, code, col in want if col is not None}
    for f, line, code, col in got:
        assert pinned.get((f, line, code), col) == col, f"{f}:{line} {code}: column {col}"


E2E_CASES = ["callee_sink_threaded_caller", "import_time_module_level", "program_project_scripts"]


def run_flake8(case: Path) -> subprocess.CompletedProcess[str]:
    """The real flake8 executable, FRK only, two jobs, run from the project's directory."""
    return subprocess.run(
        [str(FLAKE8), "--select=FRK", "--jobs=2", "."],
        cwd=case,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", E2E_CASES)
def test_real_flake8_over_a_project(name: str, copy) -> None:  # type: ignore[no-untyped-def]
    """The real flake8 run from the project directory prints exactly the marked findings."""
    case = copy(name)
    result = run_flake8(case)
    assert result.stderr == ""
    printed = sorted(tuple(line.split(":", 3)[:3]) for line in result.stdout.splitlines())
    marked = sorted(
        (f"./{path.relative_to(case).as_posix()}", str(line), str(col))
        for path in python_files(case)
        for line, _, col in expected(path.read_text(encoding="utf-8"))
    )
    assert printed == marked


SUPER_BASE = '''import threading


class Refreshing:
    def __init__(self):
        threading.Thread(target=print, daemon=True).start()


class Quiet:
    def __init__(self):
        pass

    def flush(self):
        threading.Thread(target=print, daemon=True).start()
'''
SUPER_USERS = '''import multiprocessing

from app.base import Refreshing


class Child(Refreshing):
    def __init__(self):
        super().__init__()  # the base __init__ starts a thread


def through_super():
    Child()
    with multiprocessing.Pool() as pool:
        return pool.map(str, [1])
'''

SUPER_LEAF = '''import multiprocessing

from app.base import Quiet


class Shadow(Quiet):
    def flush(self):
        pass  # overrides Quiet.flush without calling it


class Leaf(Shadow):
    def flush(self):
        super().flush()  # Shadow.flush, the next class in the MRO: no thread


def not_through_super():
    Leaf().flush()
    with multiprocessing.Pool() as pool:
        return pool.map(str, [1])
'''


def test_super_runs_the_base_class_method(tmp_path: Path) -> None:
    """`super().__init__()` runs the base class's `__init__` (its thread reaches the caller's
    pool); `super().flush()` runs the next class's method in the MRO, not one further up."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "0"\n')
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "base.py").write_text(SUPER_BASE)
    (tmp_path / "app" / "users.py").write_text(SUPER_USERS)
    (tmp_path / "app" / "leaf.py").write_text(SUPER_LEAF)
    settle()
    result = run_flake8(tmp_path)
    assert result.stderr == ""
    assert [line.split(" ", 2)[:2] for line in result.stdout.splitlines()] == [
        ["./app/users.py:13:10:", "FRK001"]
    ]
    assert "calls super().__init__(), which starts threads (threading.Thread, app/base.py:6)" in result.stdout
