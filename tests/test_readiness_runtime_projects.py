"""FRK101-FRK104 across modules, proven by running the fixture projects (tests/projects/readiness_cross_*).

Each project is copied to a temporary directory and its `main.py` run as a real script
(`python main.py`, its own process group, a timeout that kills the group) once per start
method, with that method as the default the way Python 3.14 sets forkserver (the harness of
test_readiness_runtime.py). A case that the checker reports must fail as listed under the
methods listed (a pool respawning bootstrapping children forever may also hang: it is killed,
and its output must still show the failure); a trap must run cleanly under every method.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_projects import PROJECTS, run_flake8
from test_readiness_runtime import METHODS, Run, describe, run_script

pytestmark = pytest.mark.runtime

SPAWNS = frozenset({"spawn", "forkserver"})
EVERY = frozenset(METHODS)
BOOTSTRAP = "bootstrapping phase"
# case -> (the methods it breaks under, what the output shows then); empty: runs everywhere.
CASES: dict[str, tuple[frozenset[str], str]] = {
    "readiness_cross_import_time_call": (SPAWNS, BOOTSTRAP),
    "readiness_cross_import_time_call_chain": (SPAWNS, BOOTSTRAP),
    "readiness_cross_imported_module_starts": (SPAWNS, BOOTSTRAP),
    "readiness_cross_import_time_guarded": (frozenset(), ""),
    "readiness_cross_unpicklable_args": (EVERY, ""),  # see test_unpicklable_args_fail_as_documented
    "readiness_cross_multiprocessing_lock_task": (
        EVERY,
        "Lock objects should only be shared between processes through inheritance",
    ),
    "readiness_cross_multiprocessing_lock_process": (frozenset(), ""),
    "readiness_cross_rebound_lock": (frozenset(), ""),
    "readiness_cross_lambda_target": (SPAWNS, "<lambda>"),
    "readiness_cross_start_method_twice": (EVERY, "context has already been set"),
    "readiness_cross_start_method_forced": (frozenset(), ""),
}
TIMEOUT = 30  # seconds; a clean case finishes in about one, a respawning pool is killed


@pytest.fixture(scope="session")
def cross_runs(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Run]:
    jobs = {}
    for name in CASES:
        for method in METHODS:
            target = tmp_path_factory.mktemp(f"{name}-{method}") / name
            shutil.copytree(PROJECTS / name, target)
            jobs[name, method] = target / "main.py"
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {
            key: pool.submit(run_script, path, key[1], site, timeout=TIMEOUT) for key, path in jobs.items()
        }
        return {key: future.result() for key, future in futures.items()}


def test_every_cross_module_case_is_run() -> None:
    assert sorted(CASES) == sorted(path.name for path in PROJECTS.glob("readiness_cross_*"))


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("name", CASES)
def test_project_breaks_or_runs_as_documented(
    name: str, method: str, cross_runs: dict[tuple[str, str], Run]
) -> None:
    breaks, text = CASES[name]
    run = cross_runs[name, method]
    if method in breaks:
        if text:
            assert text in run.output, f"{name} under {method} did not fail as documented: {describe(run)}"
        assert run.returncode != 0 or "Traceback" in run.output, describe(run)
    else:
        assert run.returncode == 0, f"{name} under {method} failed: {describe(run)}"
        assert "Traceback" not in run.output and "Error" not in run.output, describe(run)
        assert not run.strays, f"{name} under {method} left processes behind"


def test_unpicklable_args_fail_as_documented(cross_runs: dict[tuple[str, str], Run]) -> None:
    """The threading.Lock in args= fails first, and only where the docs say: spawn and forkserver.
    Under fork the Process calls pass, and the first pool task (a generator) fails."""
    for method in SPAWNS:
        assert (
            "cannot pickle '_thread.lock' object"
            in cross_runs["readiness_cross_unpicklable_args", method].output
        )
    fork = cross_runs["readiness_cross_unpicklable_args", "fork"].output
    assert "cannot pickle '_thread.lock' object" not in fork
    assert "cannot pickle 'generator' object" in fork


def _each_pool_task_alone(tmp_path: Path, site: Path) -> dict[str, Run]:
    source = (PROJECTS / "readiness_cross_unpicklable_args" / "main.py").read_text()
    head = source.split('if __name__ == "__main__":')[0]
    runs = {}
    for argument in ("NUMBERS", "shared.handler", "shared.LOG"):
        directory = tmp_path / argument.replace(".", "_")
        shutil.copytree(PROJECTS / "readiness_cross_unpicklable_args", directory)
        (directory / "main.py").write_text(
            head
            + 'if __name__ == "__main__":\n'
            + "    with multiprocessing.Pool(1) as pool:\n"
            + f"        pool.apply(work, ({argument},))\n"
        )
        runs[argument] = run_script(directory / "main.py", "fork", site, timeout=TIMEOUT)
    return runs


def test_each_task_argument_fails_under_fork_too(tmp_path: Path, site: Path) -> None:
    """Pool task arguments travel pickled under every start method, fork included."""
    runs = _each_pool_task_alone(tmp_path, site)
    assert "cannot pickle 'generator' object" in runs["NUMBERS"].output, describe(runs["NUMBERS"])
    assert "<lambda>" in runs["shared.handler"].output, describe(runs["shared.handler"])
    # "cannot pickle '_io.TextIOWrapper' object" before 3.13, "'TextIOWrapper' instances" from it
    log = runs["shared.LOG"]
    assert "cannot pickle" in log.output and "TextIOWrapper" in log.output, describe(log)


def test_an_imported_guarded_definition_fails_on_import_under_every_method(
    tmp_path: Path, site: Path
) -> None:
    """Why FRK101 does not follow a definition under another module's main guard: importing it
    is an ImportError under every start method, before any process exists (docs/limitations.md)."""
    (tmp_path / "handlers.py").write_text(
        'if __name__ == "__main__":\n    def greet():\n        print("hi")\n'
    )
    (tmp_path / "main.py").write_text(
        "import multiprocessing\n\nfrom handlers import greet\n\n"
        'if __name__ == "__main__":\n    multiprocessing.Process(target=greet).start()\n'
    )
    for method in METHODS:
        run = run_script(tmp_path / "main.py", method, site, timeout=TIMEOUT)
        assert "ImportError: cannot import name 'greet'" in run.output, describe(run)


def test_real_flake8_prints_the_cross_module_findings(tmp_path: Path) -> None:
    """The flake8 executable over one project prints exactly these lines."""
    case = tmp_path / "readiness_cross_unpicklable_args"
    shutil.copytree(PROJECTS / case.name, case)
    shutil.copy(PROJECTS / "readiness_cross_import_time_call" / "jobs.py", case / "jobs.py")
    (case / "nightly.py").write_text("from jobs import run_all\n\nrun_all()\n")
    result = run_flake8(case)
    assert result.stderr == ""
    spawn = (
        "the process fails to start under spawn and forkserver "
        "(the default from Python 3.14; macOS and Windows spawn)"
    )
    task = "pools send tasks and their arguments pickled under every start method, fork included"
    lock_advice = (
        "pass a multiprocessing lock (multiprocessing.Lock() or a Manager's), or create it in the child"
    )
    assert result.stdout.splitlines() == [
        "./main.py:19:55: FRK103 a threading.Lock (LOCK of shared.py) passed in args= to "
        f"multiprocessing.Process() cannot be pickled: {spawn}; {lock_advice}",
        "./main.py:22:66: FRK103 a threading.Event (READY of shared.py) passed in kwargs= to "
        f"multiprocessing.Process() cannot be pickled: {spawn}; {lock_advice}",
        "./main.py:26:27: FRK103 a generator (NUMBERS of shared.py) passed to pool.apply() "
        f"cannot be pickled, and {task}; pass a list (or what the generator is made from) instead",
        "./main.py:27:27: FRK103 a lambda (handler of shared.py) passed to pool.apply() cannot be pickled, "
        f"and {task}; define it at module level",
        "./main.py:28:27: FRK103 an open file (LOG of shared.py) passed to pool.apply() cannot be pickled, "
        f"and {task}; pass the file's name and open it in the child",
        "./nightly.py:3:1: FRK102 run_all() (which starts ProcessPoolExecutor() in run_all(), jobs.py:10) "
        "starts a process when the module is imported: a spawn or forkserver child imports the module again "
        "and fails while bootstrapping (RuntimeError), or the pool breaks or hangs; "
        'move it under if __name__ == "__main__":',
    ]
    assert result.returncode == 1
