"""Every front sees the project: flake8 on stdin with --stdin-display-name, check, and fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
METRICS = "import threading\n\nthreading.Thread(target=print, daemon=True).start()\n"
JOBS = (
    "from concurrent.futures import ProcessPoolExecutor\n\nfrom app import metrics\n\n\n"
    "def crunch(paths):\n    with ProcessPoolExecutor() as pool:\n        return list(pool.map(len, paths))\n"
)
MESSAGE = (
    "./app/jobs.py:7:10: FRK001 ProcessPoolExecutor() uses the default start method (fork on Linux "
    "before Python 3.14) in a module that imports app.metrics, which starts threads on import "
    '(threading.Thread, app/metrics.py:3); pass mp_context=multiprocessing.get_context("spawn") or '
    '"forkserver"'
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "0"\n')
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "metrics.py").write_text(METRICS)
    (tmp_path / "app" / "jobs.py").write_text(JOBS)
    return tmp_path


def run(cwd: Path, *command: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_flake8_on_stdin_places_the_buffer_by_its_display_name(project: Path) -> None:
    # An editor's unsaved buffer: the text on stdin differs from the file on disk.
    (project / "app" / "jobs.py").write_text("print('not saved yet')\n")
    result = run(project, "flake8", "--select=FRK", "--stdin-display-name=./app/jobs.py", "-", stdin=JOBS)
    assert result.stdout.splitlines() == [MESSAGE]


def test_check_prints_what_flake8_prints(project: Path) -> None:
    flake8 = run(project, "flake8", "--select=FRK", ".")
    check = run(project, "flake8-forksafe", "check", ".")
    assert flake8.stdout.splitlines() == check.stdout.splitlines() == [MESSAGE]
    assert check.returncode == 1


def test_fix_repairs_a_sink_whose_evidence_is_in_another_module(project: Path) -> None:
    result = run(project, "flake8-forksafe", "fix", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    fixed = (project / "app" / "jobs.py").read_text()
    assert 'mp_context=multiprocessing.get_context("spawn")' in fixed  # wrapped to 79 columns
    assert (project / "app" / "metrics.py").read_text() == METRICS
    assert run(project, "flake8", "--select=FRK", ".").stdout == ""
