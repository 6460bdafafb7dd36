"""The summary cache, as users meet it through the real flake8: fresh, robust, shared safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_project_fronts import run  # the real executables, from this venv

FLAKE8 = Path(sys.executable).with_name("flake8")
WORKERS = "import threading\n\n\ndef start():\n    threading.Thread(target=print).start()\n"
JOBS = (
    "import multiprocessing\n\nfrom app import workers\n\n\ndef main():\n    workers.start()\n"
    "    with multiprocessing.Pool() as pool:\n        pool.map(abs, [1])\n"
)
FINDING = "./app/jobs.py:8:10: FRK001"


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FLAKE8), "--select=FRK", *args, "."],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def codes(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.stderr == "", result.stderr
    return [line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in result.stdout.splitlines()]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "0"\n')
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "workers.py").write_text(WORKERS)
    (tmp_path / "app" / "jobs.py").write_text(JOBS)
    return tmp_path


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*/*.json"))


def test_cache_directory_is_tagged_and_ignored(project: Path) -> None:
    assert codes(flake8(project, "--jobs=1")) == [FINDING]
    cache = project / ".forksafe_cache"
    assert (cache / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (cache / ".gitignore").read_text() == "*\n"
    assert entries(cache), "no summary was cached"


def test_editing_a_sibling_changes_the_finding_on_the_next_run(project: Path) -> None:
    assert codes(flake8(project, "--jobs=1")) == [FINDING]
    (project / "app" / "workers.py").write_text(
        WORKERS.replace("threading.Thread(target=print).start()", "pass")
    )
    assert codes(flake8(project, "--jobs=1")) == []
    (project / "app" / "workers.py").write_text(WORKERS)
    assert codes(flake8(project, "--jobs=1")) == [FINDING]


def test_same_size_edit_with_restored_mtime_is_not_stale(project: Path) -> None:
    assert codes(flake8(project, "--jobs=1")) == [FINDING]
    workers = project / "app" / "workers.py"
    before = workers.stat()
    # Same length, same mtime: only the content hash tells the entry is stale.
    call = "threading.Thread(target=print).start()"
    workers.write_text(WORKERS.replace(call, "pass  # ".ljust(len(call), "#")))
    assert workers.stat().st_size == before.st_size
    os.utime(workers, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert codes(flake8(project, "--jobs=1")) == []


def test_corrupt_and_foreign_entries_are_rebuilt(project: Path) -> None:
    assert codes(flake8(project, "--jobs=1")) == [FINDING]
    cache = project / ".forksafe_cache"
    for number, entry in enumerate(entries(cache)):
        entry.write_bytes([b"\x00garbage", b'{"format": 1}', b"[1, 2", b'{"summary": []}'][number % 4])
    assert codes(flake8(project, "--jobs=1")) == [FINDING]
    for entry in entries(cache):
        assert "summary" in json.loads(entry.read_text())


def test_an_unwritable_cache_directory_means_no_cache_not_an_error(project: Path) -> None:
    (project / "blocker").write_text("a file where the cache directory would go\n")
    result = flake8(project, "--jobs=1", "--forksafe-cache-dir=blocker/cache")
    assert codes(result) == [FINDING]
    assert not (project / ".forksafe_cache").exists()


def test_no_cache_writes_nothing(project: Path) -> None:
    assert codes(flake8(project, "--jobs=1", "--forksafe-no-cache")) == [FINDING]
    assert not (project / ".forksafe_cache").exists()


def test_cache_dir_option(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "summaries"
    assert codes(flake8(project, "--jobs=1", f"--forksafe-cache-dir={elsewhere}")) == [FINDING]
    assert entries(elsewhere) and not (project / ".forksafe_cache").exists()


def test_settings_that_change_summaries_are_part_of_the_key(project: Path) -> None:
    (project / "app" / "workers.py").write_text("import telemetry\n\n\ndef start():\n    telemetry.begin()\n")
    assert codes(flake8(project, "--jobs=1")) == []
    configured = flake8(project, "--jobs=1", "--forksafe-extra-thread-starters=telemetry.begin")
    assert codes(configured) == [FINDING]
    assert (
        "calls workers.start(), which starts threads (telemetry.begin, app/workers.py:5)" in configured.stdout
    )


def test_parallel_runs_on_a_cold_cache_agree(project: Path) -> None:
    for index in range(20):  # enough modules that the two runs write entries at the same time
        (project / "app" / f"extra{index}.py").write_text(f"from app import workers\nVALUE = {index}\n")
    runs = [
        subprocess.Popen(
            [str(FLAKE8), "--select=FRK", "--jobs=2", "."],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for stdout, stderr in outputs:
        assert stderr == ""
        assert [line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in stdout.splitlines()] == [
            FINDING
        ]
    for entry in entries(project / ".forksafe_cache"):
        json.loads(entry.read_text())  # whole entries only
    assert codes(flake8(project, "--jobs=2")) == [FINDING]  # and a warm run agrees


# ----- `flake8-forksafe check` keeps its whole run's output --------------------------------------
def check(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run(cwd, "flake8-forksafe", "check", *args, *([] if stdin is not None else ["."]), stdin=stdin)


def runs(project: Path) -> list[Path]:
    return sorted((project / ".forksafe_cache" / "runs").glob("*.json"))


def test_check_prints_its_output_again_from_the_run_cache(project: Path) -> None:
    first = check(project)
    assert (codes(first), first.returncode) == ([FINDING], 1)
    [entry] = runs(project)
    record = json.loads(entry.read_text())
    assert sorted(Path(path).relative_to(project).as_posix() for path, _ in record["inputs"]) == [
        "app/__init__.py", "app/jobs.py", "app/workers.py",
    ]  # fmt: skip
    record["stdout"] = "printed from the run cache\n"  # proves the next run uses the entry
    entry.write_text(json.dumps(record))
    second = check(project)
    assert (second.stdout, second.returncode) == ("printed from the run cache\n", 1)


def test_check_run_cache_is_used_when_test_packages_have_roots_of_their_own(project: Path) -> None:
    """A test package is the top of its own root, inside the project's: the run is still kept."""
    (project / "tests" / "unit").mkdir(parents=True)
    (project / "tests" / "unit" / "__init__.py").write_text("")
    (project / "tests" / "unit" / "test_jobs.py").write_text("def test_nothing():\n    pass\n")
    assert codes(check(project)) == [FINDING]
    [entry] = runs(project)
    record = json.loads(entry.read_text())
    record["stdout"] = "printed from the run cache\n"
    entry.write_text(json.dumps(record))
    assert check(project).stdout == "printed from the run cache\n"


def test_check_run_cache_sees_every_change_that_changes_the_output(project: Path) -> None:
    assert codes(check(project)) == [FINDING]
    workers = project / "app" / "workers.py"
    before = workers.stat()
    call = "threading.Thread(target=print).start()"
    workers.write_text(WORKERS.replace(call, "pass  # ".ljust(len(call), "#")))  # same size and mtime
    os.utime(workers, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert codes(check(project)) == []
    # A module that did not exist: `from app import helpers` now means it.
    (project / "app" / "jobs.py").write_text(JOBS.replace("workers.start()", "helpers.start()").replace(
        "from app import workers", "from app import helpers"
    ))  # fmt: skip
    assert codes(check(project)) == []
    (project / "app" / "helpers.py").write_text(WORKERS)
    assert codes(check(project)) == [FINDING]
    # Options are part of the key.
    assert codes(check(project, "--select=FRK1")) == []
    assert codes(check(project)) == [FINDING]
    assert len(runs(project)) == 2  # one per command line: a new file replaced the entry


def test_check_run_cache_ignores_corrupt_entries_and_is_not_used_for_stdin(project: Path) -> None:
    assert codes(check(project)) == [FINDING]
    for garbage in (b"\x00garbage", b'{"format": 1}', b"[1, 2", b'{"inputs": 3}'):
        runs(project)[0].write_bytes(garbage)
        result = check(project)
        assert (codes(result), result.returncode) == ([FINDING], 1)
    assert len(runs(project)) == 1
    piped = check(project, "-", "--stdin-display-name=app/jobs.py", stdin=JOBS)
    assert codes(piped) == ["app/jobs.py:8:10: FRK001"]
    assert len(runs(project)) == 1


def test_check_run_cache_is_off_with_no_cache(project: Path) -> None:
    assert codes(check(project, "--forksafe-no-cache")) == [FINDING]
    assert not (project / ".forksafe_cache").exists()
