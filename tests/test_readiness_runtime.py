"""FRK101-FRK104 claims, proven by running the examples: each one really breaks, or really runs.

Every example of FRK101-FRK104 in rules.py starts with a header that the docs pages show:
`# Breaks under fork, spawn and forkserver: <text>` or `# Runs under fork, spawn and forkserver.`
(`<text> | <text>`: what one of the Pythons prints; 3.13 words some pickling errors differently).
Each example runs as a real script (`python example.py`, its own process group, a timeout
that kills the group) once per start method. The start method is the *default* one, set the
way Python 3.14 sets forkserver: a `sitecustomize` replaces the default context before the
script runs, without marking the method as chosen, so the script's own `set_start_method`
and `get_context()` behave as they do on 3.14 (where forkserver is the default) or on macOS
(spawn). An invalid example must fail, with its text in the output, under each method its
header names, and run cleanly under the others; a valid one must run cleanly under every one.

The Python is the one running the tests, or FORKSAFE_RUNTIME_PYTHON (e.g. pyenv's 3.9 and
3.13: docs/python-3.14.md records those runs).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from flake8_forksafe.rules import RULES

from markers import assert_matches_markers

pytestmark = pytest.mark.runtime

PYTHON = os.environ.get("FORKSAFE_RUNTIME_PYTHON", sys.executable)
METHODS = ("fork", "spawn", "forkserver")
TIMEOUT = 60  # seconds; every example finishes in about one
HEADER = re.compile(r"^# (?P<verdict>Breaks|Runs) under (?P<methods>[a-z, ]+?)(?:: (?P<text>.+)|\.)$")
SITECUSTOMIZE = """\
import os

_method = os.environ.get("FORKSAFE_TEST_DEFAULT_METHOD")
if _method:
    import multiprocessing.context as _context

    # What Python 3.14 does for forkserver: a default, not a choice (set_start_method still works).
    _context._default_context._default_context = _context._concrete_contexts[_method]
"""
READINESS_CODES = [code for code in RULES if code.startswith("FRK1")]


@dataclass(frozen=True)
class Expectation:
    breaks: frozenset[str]  # the methods under which it fails
    texts: tuple[str, ...]  # what the failure prints: one of these


def expectation(source: str) -> Expectation:
    match = HEADER.match(source.splitlines()[0])
    assert match, f"the example has no '# Breaks under ...' or '# Runs under ...' header:\n{source}"
    methods = frozenset(re.split(r", | and ", match["methods"]))
    assert methods <= set(METHODS)
    if match["verdict"] == "Runs":
        assert methods == set(METHODS)
        return Expectation(frozenset(), ())
    return Expectation(methods, tuple(text.strip() for text in match["text"].split(" | ")))


# More forms the rules follow, beyond the rule pages' examples: each is run too.
EXTRA = {
    "extra-queue-in-args": """\
# Breaks under spawn and forkserver: cannot pickle '_thread.lock' object
import multiprocessing
import queue


def work(jobs):
    print(jobs.qsize())


def main():
    jobs = queue.Queue()
    proc = multiprocessing.Process(target=work, args=(jobs,))  # error: FRK103
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
""",
    "extra-partial-of-a-local-function": """\
# Breaks under spawn and forkserver: Can't pickle local object | Can't get local object
import functools
import multiprocessing


def main():
    def greet(name):
        print("hello", name)

    proc = multiprocessing.Process(target=functools.partial(greet, "child"))  # error: FRK101
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
""",
    "extra-self-attribute-executor": """\
# Breaks under fork, spawn and forkserver: Can't pickle local object | Can't get local object
from concurrent.futures import ProcessPoolExecutor


class Service:
    def __init__(self):
        self.pool = ProcessPoolExecutor(1)

    def square(self, n):
        return self.pool.submit(lambda: n * n).result()  # error: FRK101


if __name__ == "__main__":
    service = Service()
    print(service.square(3))
""",
    "extra-run-in-executor": """\
# Breaks under fork, spawn and forkserver: Can't pickle local object | Can't get local object
import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(1) as pool:
        print(await loop.run_in_executor(pool, lambda: 1))  # error: FRK101


if __name__ == "__main__":
    asyncio.run(main())
""",
    "extra-twice-through-a-helper": """\
# Breaks under fork, spawn and forkserver: context has already been set
import multiprocessing


def setup():
    multiprocessing.set_start_method("spawn")  # error: FRK104


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    setup()
""",
}
EXAMPLES = {
    **{
        f"{code}-{kind}-{index}": source
        for code in READINESS_CODES
        for kind, sources in (("invalid", RULES[code].invalid), ("valid", RULES[code].valid))
        for index, source in enumerate(sources)
    },
    **EXTRA,
}


@dataclass(frozen=True)
class Run:
    returncode: int | None  # None: killed after the timeout
    output: str
    strays: bool  # processes of its group were still alive after it exited (and were killed)
    seconds: float
    pgid: int


def run_script(path: Path, method: str, site: Path, python: str = PYTHON, timeout: float = TIMEOUT) -> Run:
    """Runs `python path` with `method` as the default start method; no process survives it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(PYTHONPATH=str(site), FORKSAFE_TEST_DEFAULT_METHOD=method, PYTHONDONTWRITEBYTECODE="1")
    began = time.monotonic()
    process = subprocess.Popen(
        [python, path.name],
        cwd=path.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: children, forkserver, resource tracker
    )
    returncode: int | None
    try:
        output, _ = process.communicate(timeout=timeout)
        returncode = process.returncode
    except subprocess.TimeoutExpired:
        _kill_group(process.pid)
        output, _ = process.communicate()
        returncode = None
    strays = _reap_group(process.pid)
    return Run(returncode, output.decode("utf-8", "replace"), strays, time.monotonic() - began, process.pid)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - a recycled group id of another user
        return False
    return True


def _reap_group(pgid: int, grace: float = 5.0) -> bool:
    """Waits for the group to empty (a forkserver exits once its parent has); kills what stays."""
    deadline = time.monotonic() + grace
    while _group_alive(pgid):
        if time.monotonic() > deadline:
            _kill_group(pgid)
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="session")
def runs(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Run]:
    """Every example under every method, run in parallel once per session."""
    jobs = {}
    for name, source in EXAMPLES.items():
        for method in METHODS:
            directory = tmp_path_factory.mktemp(f"{name}-{method}")
            path = directory / "example.py"
            path.write_text(source)
            jobs[name, method] = path
    with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2) * 2)) as pool:
        futures = {key: pool.submit(run_script, path, key[1], site) for key, path in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


def describe(run: Run) -> str:
    return f"exit {run.returncode} after {run.seconds:.1f}s, output:\n{textwrap.indent(run.output, '  ')}"


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_example_breaks_or_runs_as_its_header_says(
    name: str, method: str, runs: dict[tuple[str, str], Run]
) -> None:
    want = expectation(EXAMPLES[name])
    run = runs[name, method]
    assert run.returncode is not None, f"{name} under {method} hung: {describe(run)}"
    if method in want.breaks:
        assert any(text in run.output for text in want.texts), (
            f"{name} under {method} did not fail as documented: {describe(run)}"
        )
        assert run.returncode != 0 or "Traceback" in run.output, describe(run)
    else:
        assert run.returncode == 0, f"{name} under {method} failed: {describe(run)}"
        assert "Traceback" not in run.output and "Error" not in run.output, describe(run)
        assert not run.strays, f"{name} under {method} left processes behind"


@pytest.mark.parametrize("name", EXTRA)
def test_the_checker_reports_each_extra_program(name: str) -> None:
    assert_matches_markers(EXTRA[name])


def test_every_readiness_rule_is_proven_under_spawn_and_forkserver() -> None:
    for code in READINESS_CODES:
        for source in RULES[code].invalid:
            assert {"spawn", "forkserver"} <= expectation(source).breaks, source
        assert RULES[code].valid


def test_task_and_argument_examples_break_under_fork_too() -> None:
    """Tasks travel pickled under every method: the docs say so, and the examples show it."""
    tasks = re.compile(r"\.(map|submit|apply|imap|starmap)\w*\(.*# error:")
    checked = 0
    for code in ("FRK101", "FRK103"):
        for source in RULES[code].invalid:
            if tasks.search(source):
                checked += 1
                assert "fork" in expectation(source).breaks, source
    assert checked >= 2


DEFAULT_IS = """\
import multiprocessing

if __name__ == "__main__":
    print(multiprocessing.get_start_method(allow_none=True), multiprocessing.get_context().get_start_method())
"""
NOT_CHOSEN = """\
import multiprocessing

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # a default is not a choice: choosing still works
    print(multiprocessing.get_start_method())
"""


@pytest.mark.parametrize("method", METHODS)
def test_the_harness_sets_a_default_as_python_3_14_does(method: str, site: Path, tmp_path: Path) -> None:
    outputs = []
    for name, source in (("default_is.py", DEFAULT_IS), ("not_chosen.py", NOT_CHOSEN)):
        path = tmp_path / name
        path.write_text(source)
        run = run_script(path, method, site)
        assert run.returncode == 0, describe(run)
        outputs += run.output.split()
    assert outputs == ["None", method, "spawn"]


def test_a_hung_example_is_killed_with_its_children(site: Path, tmp_path: Path) -> None:
    path = tmp_path / "hang.py"
    path.write_text(
        "import multiprocessing, time\n"
        "if __name__ == '__main__':\n"
        "    multiprocessing.Process(target=time.sleep, args=(600,)).start()\n"
        "    time.sleep(600)\n"
    )
    run = run_script(path, "spawn", site, timeout=3)
    assert run.returncode is None
    assert not _group_alive(run.pgid)  # the script, its spawned child and the resource tracker


# ----- the fix never turns a working program into a broken one --------------------------------
PROGRAMS = {
    # Works under fork; under spawn each child would run the module-level pool again.
    "import_time_pool.py": """\
import threading
from concurrent.futures import ProcessPoolExecutor

worker = threading.Thread(target=print, args=("tick",))
worker.start()
worker.join()

with ProcessPoolExecutor(2) as pool:
    print(list(pool.map(abs, [-1, -2])))
""",
    # Works under fork; under spawn the lambda cannot be pickled.
    "lambda_target.py": """\
import multiprocessing
import threading


def main():
    worker = threading.Thread(target=print, args=("tick",))
    worker.start()
    worker.join()
    proc = multiprocessing.Process(target=lambda: print("child"))
    proc.start()
    proc.join()
    print("exit", proc.exitcode)


if __name__ == "__main__":
    main()
""",
    # Ready for spawn: the fix applies.
    "clean_guarded.py": """\
import threading
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def main():
    worker = threading.Thread(target=print, args=("tick",))
    worker.start()
    worker.join()
    with ProcessPoolExecutor(2) as pool:
        print(list(pool.map(square, [1, 2, 3])))


if __name__ == "__main__":
    main()
""",
}


def test_fix_keeps_working_programs_working(site: Path, tmp_path: Path) -> None:
    for name, source in PROGRAMS.items():
        (tmp_path / name).write_text(source)
    # What the user saw before: each program works under fork (Linux before 3.14).
    before = {name: run_script(tmp_path / name, "fork", site) for name in PROGRAMS}
    for name, run in before.items():
        assert run.returncode == 0 and "Traceback" not in run.output, f"{name}: {describe(run)}"
    fixed = subprocess.run(
        [sys.executable, "-m", "flake8_forksafe", "fix", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = fixed.stdout
    # Findings remain (the two programs spawn would break), so the command does not claim success.
    assert fixed.returncode == 1, report + fixed.stderr
    assert "fixed FRK001" in report and re.search(
        r"^1 fix(es)? in 1 files?; 4 findings remain$", report, re.M
    ), report
    assert "./import_time_pool.py:8:6: FRK001" in report
    assert (
        "    not fixed: FRK102: ProcessPoolExecutor() starts a process when the module is imported" in report
    )
    assert "./lambda_target.py:9:12: FRK001" in report
    assert "    not fixed: FRK101 on line 9: a lambda passed as target=" in report
    for name in ("import_time_pool.py", "lambda_target.py"):
        assert (tmp_path / name).read_text() == PROGRAMS[name], f"{name} was changed"
    clean = (tmp_path / "clean_guarded.py").read_text()
    assert 'mp_context=multiprocessing.get_context("spawn")' in clean  # (wrapped at 79 columns)
    # And each program prints what it printed before, under the default method and under 3.14's.
    for name in PROGRAMS:
        for method in ("fork", "forkserver") if name == "clean_guarded.py" else ("fork",):
            after = run_script(tmp_path / name, method, site)
            assert (after.returncode, after.output) == (0, before[name].output), f"{name}: {describe(after)}"
