"""libcst runs in a worker process: its crashes and hangs cost one FRK000, never the flake8 run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flake8_forksafe import cstgate

# libcst 1.9.0's native parser overflows the C stack on ~1,200 nested calls (ast refuses them
# first under flake8, so only the worker sees this, as it would an unknown crash).
CRASHER = "x = " + "f(" * 5000 + ")" * 5000 + "\n"


@pytest.fixture
def worker() -> cstgate._Worker:
    fresh = cstgate._Worker()
    yield fresh
    fresh.close()


def test_answers_like_libcst_itself(worker: cstgate._Worker) -> None:
    assert worker.ask("x = 1\n") is None
    assert worker.ask("(x): int = 1\n") == cstgate.parse_problem("(x): int = 1\n")
    assert worker.ask("(x): int = 1\n").startswith("libcst cannot parse it (parser error: error at 1:5")


@pytest.mark.skipif(sys.platform == "win32", reason="the worker is POSIX only")
def test_a_crash_in_libcst_is_a_reason_and_the_next_file_is_fine(worker: cstgate._Worker) -> None:
    reason = worker.ask(CRASHER)
    assert reason is not None and reason.startswith("libcst crashed while parsing it (SIG")
    assert worker.ask("y = 2\n") is None  # a new worker took over


@pytest.mark.skipif(sys.platform == "win32", reason="the worker is POSIX only")
def test_a_hang_is_cut_short(worker: cstgate._Worker, monkeypatch: pytest.MonkeyPatch) -> None:
    worker.ask("x = 1\n")  # started
    monkeypatch.setattr(cstgate, "WORKER_TIMEOUT", 0.0)
    assert worker.ask("x = [" + "1, " * 100_000 + "]\n") == "libcst did not finish parsing it in 0 s"
    monkeypatch.undo()
    assert worker.ask("x = 1\n") is None


def test_a_worker_that_cannot_run_falls_back_to_this_process(
    worker: cstgate._Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> subprocess.Popen[bytes]:
        worker._process = subprocess.Popen(
            [sys.executable, "-c", "raise SystemExit(3)"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        return worker._process

    monkeypatch.setattr(worker, "_start", broken)
    assert worker.ask("(x): int = 1\n") == cstgate.parse_problem("(x): int = 1\n")
    assert worker._in_process


def test_the_flake8_process_does_not_import_libcst(tmp_path) -> None:
    source = "import threading, os\nthreading.Thread().start()\nos.fork()\n"
    probe = (
        "import ast, sys\n"
        "from flake8_forksafe.engine import Checker\n"
        f"source = {source!r}\n"
        "findings = Checker().check(ast.parse(source), source.splitlines(True))\n"
        "print([f.code for f in findings], 'libcst' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['FRK003'] False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_worker_runs_with_its_memory_capped(worker: cstgate._Worker) -> None:
    assert worker.ask("x = 1\n") is None  # started
    assert worker._process is not None
    with open(f"/proc/{worker._process.pid}/limits", encoding="ascii") as limits:
        line = next(line for line in limits if line.startswith("Max address space"))
    assert line.split()[3] == str(cstgate.WORKER_MEMORY_BYTES)
