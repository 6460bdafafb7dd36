"""Case real_parsl_htex_interchange_fork_context: a module-level fork context in a threaded program.

Report: https://github.com/Parsl/parsl/issues/3373 ("Interchange: launch as a
fork/exec not Python multiprocessing": "Multiprocessing-fork is a Bad Thing (see
issue #2343) so launching the interchange this way should go away"; the reporter
then hit a hang from "code that logs to a parsl.* logging channel"), and
https://github.com/Parsl/parsl/issues/3723 ("Using fork in Parsl leads to
practical race conditions resulting in mysterious, non-deterministic hangs").
HTEX started its interchange with ``parsl.multiprocessing.ForkProcess``, the
``Process`` of the fork context bound here at module level, from an executor
that runs a queue-management thread.

Clause: rules.md, Sinks, "explicit fork": ``multiprocessing.get_context("fork")``
is "reported once, at that call" (not again where ``ForkProcess(...)`` is called
in parsl/executors/high_throughput/executor.py). This module has no evidence of
its own, and nothing calls a function here (the sink is at module level), so
"evidence flows to the callee" does not reach it; the link is "Programs (entry
points)": ``[project.scripts]`` ``parsl-perf = parsl.benchmark.perf:cli_run``
imports executor.py, which imports this module, and executor.py constructs
``threading.Thread`` ("a thread started anywhere ... is evidence for every sink
in every module of that program"). Inside the ``parsl`` package,
``import multiprocessing`` is the standard library (absolute import; a catalog
module "always means that module").

Expected: one FRK002, at ``multiprocessing.get_context("fork")`` below. The spawn
context next to it is safe. With ``--forksafe-scope=project`` this finding
would go away (no programs).
"""

import logging
import multiprocessing
import multiprocessing.queues
import platform

logger = logging.getLogger(__name__)

ForkContext = multiprocessing.get_context("fork")  # error: FRK002:15
SpawnContext = multiprocessing.get_context("spawn")

ForkProcess = ForkContext.Process
SpawnProcess = SpawnContext.Process

SpawnEvent = SpawnContext.Event
SpawnQueue = SpawnContext.Queue


class MacSafeQueue(multiprocessing.queues.Queue):
    """A queue with a qsize() that works on macOS."""

    def __init__(self, *args, **kwargs):
        if "ctx" not in kwargs:
            kwargs["ctx"] = multiprocessing.get_context("spawn")
        super().__init__(*args, **kwargs)
        self._counter = multiprocessing.Value("i", 0)

    def put(self, *args, **kwargs):
        x = super().put(*args, **kwargs)
        with self._counter.get_lock():
            self._counter.value += 1
        return x

    def get(self, *args, **kwargs):
        x = super().get(*args, **kwargs)
        with self._counter.get_lock():
            self._counter.value -= 1
        return x

    def qsize(self):
        return self._counter.value


if platform.system() != "Darwin":
    SizedQueue = SpawnQueue
else:
    SizedQueue = MacSafeQueue
