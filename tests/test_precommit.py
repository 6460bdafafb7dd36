"""The real `pre-commit try-repo` of this repository, in a fresh git repository.

pre-commit clones this repository (with any uncommitted changes), builds the hook's virtualenv
from it (pip, from the package index) and runs the hook on the fresh repository's files.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flake8_forksafe.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")


def _is_git_checkout() -> bool:
    if GIT is None:
        return False
    inside = subprocess.run(
        [GIT, "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, check=False
    )
    return inside.returncode == 0


pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("pre_commit") is None,
        reason="pre-commit is not installed: pip install -e '.[test]'",
    ),
    pytest.mark.skipif(not _is_git_checkout(), reason="needs git and a git checkout of this repository"),
]

DEADLOCK = RULES["FRK001"].invalid[0]  # the classic case, as in the docs and the rule tests
SPAWN_SAFE = RULES["FRK001"].valid[0]  # the same program with a spawn context
FRK001_LINE = (
    "app.py:13:10: FRK001 ProcessPoolExecutor() uses the default start method (fork on Linux before "
    "Python 3.14) in a module that creates a module-level lock (threading.Lock, line 4); "
    'pass mp_context=multiprocessing.get_context("spawn") or "forkserver"'
)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hook environment cache for the module: a clean checkout builds the hook env once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "PRE_COMMIT_COLOR": "never",
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }


def try_repo(
    project: Path, source: str, home: Path, hook: str = "flake8-forksafe"
) -> subprocess.CompletedProcess[str]:
    """A fresh git repository holding `source` as app.py, and the hook run on it."""
    assert GIT is not None
    (project / "app.py").write_text(source)
    (project / "notes.txt").write_text(DEADLOCK)  # not a Python file: the hook must not read it
    subprocess.run([GIT, "init", "-q", "."], cwd=project, env=_env(home), check=True)
    subprocess.run([GIT, "add", "app.py", "notes.txt"], cwd=project, env=_env(home), check=True)
    return run_hook(project, home, hook)


def run_hook(project: Path, home: Path, hook: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files"],
        cwd=project,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=900,  # bounds a stuck install; building the hook env needs the package index
        check=False,
    )


def test_hook_fails_on_the_classic_deadlock(tmp_path: Path, pre_commit_home: Path) -> None:
    result = try_repo(tmp_path, DEADLOCK, pre_commit_home)
    lines = result.stdout.splitlines()
    assert result.returncode == 1, result.stdout + result.stderr
    assert any(line.startswith("flake8-forksafe.") and line.endswith("Failed") for line in lines), (
        result.stdout
    )
    assert [line for line in lines if ": FRK" in line] == [FRK001_LINE]


def test_hook_passes_on_the_spawn_safe_version(tmp_path: Path, pre_commit_home: Path) -> None:
    result = try_repo(tmp_path, SPAWN_SAFE, pre_commit_home)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert any(line.startswith("flake8-forksafe.") and line.endswith("Passed") for line in lines), (
        result.stdout
    )
    assert ": FRK" not in result.stdout


def test_fix_hook_rewrites_the_deadlock_and_then_passes(tmp_path: Path, pre_commit_home: Path) -> None:
    result = try_repo(tmp_path, DEADLOCK, pre_commit_home, hook="flake8-forksafe-fix")
    assert result.returncode == 1, result.stdout + result.stderr  # pre-commit fails a hook that edits
    assert "files were modified by this hook" in result.stdout
    fixed = (tmp_path / "app.py").read_text()
    assert fixed == DEADLOCK.replace(
        "ProcessPoolExecutor() as pool:  # error: FRK001",
        "ProcessPoolExecutor(\n"
        '        mp_context=multiprocessing.get_context("spawn")\n'
        "    ) as pool:  # error: FRK001",
    ).replace("import threading\n", "import multiprocessing\nimport threading\n", 1)
    assert (tmp_path / "notes.txt").read_text() == DEADLOCK  # not Python: left alone
    again = run_hook(tmp_path, pre_commit_home, "flake8-forksafe")
    assert again.returncode == 0, again.stdout + again.stderr


def test_project_hook_reports_an_unchanged_file_made_hazardous_by_a_change(
    tmp_path: Path, pre_commit_home: Path
) -> None:
    """pre-commit hands hooks the changed files only; the project hook checks every module."""
    assert GIT is not None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "0"\n')
    (tmp_path / "jobs.py").write_text(
        "import multiprocessing\n\nimport metrics\n\n\ndef crunch(paths):\n"
        "    with multiprocessing.Pool() as pool:\n        return pool.map(len, paths)\n"
    )
    (tmp_path / "metrics.py").write_text("import threading\n\nthreading.Thread(target=print).start()\n")
    subprocess.run([GIT, "init", "-q", "."], cwd=tmp_path, env=_env(pre_commit_home), check=True)
    subprocess.run([GIT, "add", "."], cwd=tmp_path, env=_env(pre_commit_home), check=True)

    def changed_metrics(hook: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", "metrics.py"],
            cwd=tmp_path,
            env=_env(pre_commit_home),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    per_file = changed_metrics("flake8-forksafe")  # sees metrics.py alone, which is fine by itself
    assert per_file.returncode == 0, per_file.stdout + per_file.stderr
    project = changed_metrics("flake8-forksafe-project")
    assert project.returncode == 1, project.stdout + project.stderr
    assert [line.split(" ", 2)[:2] for line in project.stdout.splitlines() if ": FRK" in line] == [
        ["./jobs.py:7:10:", "FRK001"]
    ]


IMPORT_TIME_POOL = """\
import threading
from concurrent.futures import ProcessPoolExecutor

worker = threading.Thread(target=print, args=("tick",))
worker.start()
worker.join()

with ProcessPoolExecutor(2) as pool:
    print(list(pool.map(abs, [-1, -2])))
"""


def test_fix_hook_leaves_a_pool_spawn_would_break_and_fails(tmp_path: Path, pre_commit_home: Path) -> None:
    # Switching this import-time pool to spawn would make every child run it again (FRK102).
    result = try_repo(tmp_path, IMPORT_TIME_POOL, pre_commit_home, hook="flake8-forksafe-fix")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" not in result.stdout
    assert "    not fixed: FRK102: ProcessPoolExecutor() starts a process when the module is imported" in (
        result.stdout
    )
    assert (tmp_path / "app.py").read_text() == IMPORT_TIME_POOL
