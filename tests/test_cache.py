"""The summary cache, as users meet it through the real flake8: fresh, robust, shared safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from test_finder import settle  # past the window in which a state proves nothing
from test_project_fronts import run  # the real executables, from this venv

from flake8_forksafe.finder import Finder
from flake8_forksafe.results import Known, ResultCache
from flake8_forksafe.settings import Settings

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


# ----- known findings (results.py): a module and a project unchanged since the last run ------
# The probe runs the real flake8 in a child Python and says whether the analysis was imported.
PROBE = (
    "import sys\nfrom flake8.main.cli import main\ncode = main(sys.argv[1:])\n"
    "print('analysis imported:', 'flake8_forksafe.engine' in sys.modules)\n"
)


def probed(cwd: Path, *args: str, stdin: str | None = None) -> tuple[list[str], bool]:
    python = Path(sys.executable).name
    result = run(cwd, python, "-c", PROBE, "--select=FRK", "--jobs=1", *args, stdin=stdin)  # one process
    assert result.stderr == "", result.stderr
    *lines, imported = result.stdout.splitlines()
    return lines, imported == "analysis imported: True"


def known_entries(project: Path) -> list[Path]:
    return sorted((project / ".forksafe_cache" / "findings").glob("*/*.json"))


def test_an_unchanged_project_is_answered_without_the_analysis(project: Path) -> None:
    settle()
    first, imported = probed(project, "app/jobs.py")
    assert imported and [line.split(" ", 2)[:2] for line in first] == [["app/jobs.py:8:10:", "FRK001"]]
    assert len(known_entries(project)) == 1
    again, imported = probed(project, "app/jobs.py")
    assert again == first and not imported
    quiet, imported = probed(project, "app/workers.py")  # a module without findings: the same
    assert quiet == [] and imported
    assert probed(project, "app/workers.py") == ([], False)


def test_a_same_size_sibling_edit_with_restored_mtime_is_seen(project: Path) -> None:
    settle()
    assert probed(project, "app/jobs.py")[0] != []
    assert probed(project, "app/jobs.py")[1] is False  # known
    workers = project / "app" / "workers.py"
    before = workers.stat()
    call = "threading.Thread(target=print).start()"
    workers.write_text(WORKERS.replace(call, "pass  # ".ljust(len(call), "#")))
    os.utime(workers, ns=(before.st_atime_ns, before.st_mtime_ns))  # the ctime still moves
    assert probed(project, "app/jobs.py") == ([], True)


def test_a_new_module_or_a_changed_pyproject_is_seen(project: Path) -> None:
    settle()
    jobs = project / "app" / "jobs.py"
    jobs.write_text(JOBS.replace("from app import workers", "from app import helpers as workers"))
    settle()
    assert probed(project, "app/jobs.py") == ([], True)  # no app/helpers.py: nothing starts threads
    assert probed(project, "app/jobs.py") == ([], False)
    (project / "app" / "helpers.py").write_text(WORKERS)
    lines, imported = probed(project, "app/jobs.py")
    assert imported and [line.split(" ", 2)[1] for line in lines] == ["FRK001"]
    settle()
    assert probed(project, "app/jobs.py") == (lines, True)  # stored again, now settled
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "0"\n\n[tool.flake8-forksafe]\nscope = "project"\n'
    )
    assert probed(project, "app/jobs.py") == (lines, True)


def test_an_editor_buffer_is_known_by_its_own_text(project: Path) -> None:
    settle()
    name = "--stdin-display-name=app/jobs.py"
    on_disk, _ = probed(project, name, "-", stdin=JOBS)
    assert on_disk and probed(project, name, "-", stdin=JOBS) == (on_disk, False)
    edited = JOBS.replace("multiprocessing.Pool()", 'multiprocessing.get_context("spawn").Pool()')
    assert probed(project, name, "-", stdin=edited) == ([], True)


def test_files_changed_just_now_store_no_known_findings(project: Path) -> None:
    assert probed(project, "app/jobs.py")[1] is True
    assert known_entries(project) == []  # the project's files are younger than the window
    assert probed(project, "app/jobs.py")[1] is True


def test_corrupt_known_findings_are_ignored(project: Path) -> None:
    settle()
    first, _ = probed(project, "app/jobs.py")
    (entry,) = known_entries(project)
    for garbage in ("{", '{"format": 1, "findings": [[1]]}', "[]"):
        entry.write_text(garbage)
        assert probed(project, "app/jobs.py") == (first, True)


def test_no_cache_keeps_no_known_findings(project: Path) -> None:
    settle()
    assert probed(project, "--forksafe-no-cache", "app/jobs.py")[1] is True
    assert probed(project, "--forksafe-no-cache", "app/jobs.py")[1] is True
    assert not (project / ".forksafe_cache").exists()


def test_known_findings_are_not_kept_when_a_file_read_is_not_watched(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    settle()
    cache = tmp_path_factory.mktemp("cache")

    def results() -> ResultCache:  # a new process's
        return ResultCache(Settings(cache_dir=str(cache)), Finder(cache_dir=str(cache), no_cache=False))

    jobs, workers = project / "app" / "jobs.py", project / "app" / "workers.py"
    known = [Known(8, 9, "FRK001 ...")]
    outside = tmp_path_factory.mktemp("elsewhere") / "lib.py"
    skipped = project / "build" / "lib" / "app" / "workers.py"  # found by an import, never walked
    for unwatched in (outside, skipped):
        first = results()
        assert first.load(jobs, JOBS) is None
        first.store(jobs, JOBS, known, [workers, unwatched])
        assert first.load(jobs, JOBS) is None and results().load(jobs, JOBS) is None
    kept = results()
    assert kept.load(jobs, JOBS) is None
    kept.store(jobs, JOBS, known, [workers])
    assert kept.load(jobs, JOBS) == known == results().load(jobs, JOBS)
    assert kept.load(jobs, JOBS + "\n") is None  # another text of the module


def test_a_full_run_knows_the_findings_of_a_sub_project_too(project: Path) -> None:
    """A nested project (its own marker) has roots of its own; a full run reads both, and the
    files of each keep their findings with the states of both."""
    tool = project / "tools" / "deploy"
    tool.mkdir(parents=True)
    (tool / "setup.py").write_text("")
    (tool / "deploy.py").write_text(WORKERS + "\n\nimport os\nos.fork()\n")
    settle()
    first, imported = probed(project, ".")
    assert imported and sorted(line.split(" ", 2)[1] for line in first) == ["FRK001", "FRK003"]
    # every module, with or without findings, beside its own project's marker
    assert (len(known_entries(project)), len(known_entries(tool))) == (3, 2)  # setup.py is one
    assert probed(project, ".") == (first, False)
    (project / "app" / "workers.py").write_text(WORKERS.replace("print", "len"))  # in the outer project
    assert probed(project, "tools/deploy/deploy.py")[1] is True  # it was judged beside it: again


@pytest.mark.parametrize("front", ["flake8", "check"])
def test_a_caller_added_to_a_file_whose_words_are_cached_is_found(project: Path, front: str) -> None:
    """The word cache (words/) lets a settled file be screened unread; an edit that keeps its
    size and mtime still moves its ctime, so the file is read again and its new call found."""
    idle = "def go():\n    return 1\n"
    caller = "import threading\nfrom app import jobs\ndef go():\n    threading.Thread().start()\n"
    caller += "    jobs.main()\n"
    jobs = JOBS.replace("from app import workers\n", "").replace("    workers.start()\n", "")
    (project / "app" / "workers.py").write_text(idle.ljust(len(caller), "#"))
    (project / "app" / "jobs.py").write_text(jobs)
    settle()
    run_front = check if front == "check" else partial(flake8, project, "--jobs=1")
    args = (project,) if front == "check" else ()
    assert codes(run_front(*args)) == []
    assert list((project / ".forksafe_cache" / "words").glob("*.json"))
    workers = project / "app" / "workers.py"
    before = workers.stat()
    workers.write_text(caller)
    os.utime(workers, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert workers.stat().st_size == before.st_size
    assert codes(run_front(*args)) == [FINDING.replace(":8:", ":6:")]
