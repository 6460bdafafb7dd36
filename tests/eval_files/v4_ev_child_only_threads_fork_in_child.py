"""v4_ev_child_only_threads_fork_in_child: threads that run only in a child, and a fork there.

rules.md, Corrections (version 2): "Code that runs only in a child process is not evidence for
the parent's forks: a function ... that the project uses only as Process(target=f) ... Its
threads are evidence for forks made inside that child only". ``child_main`` is used only as a
``Process`` target; it starts a thread and then runs ``Popen(..., preexec_fn=...)``: that fork is
made inside the child, which has threads. The parent's ``Process(...)`` has no evidence.
Expected: one FRK004 (in ``child_main``), nothing at the ``Process`` call.
"""
import multiprocessing
import os
import subprocess
import threading
import time


def _heartbeat(results):
    while True:
        results.put(("alive", os.getpid()))
        time.sleep(10)


def _lower_priority():
    os.nice(10)


def child_main(jobs, results):
    """Runs only in the worker process that launch() starts."""
    threading.Thread(target=_heartbeat, args=(results,), daemon=True).start()
    for cmd in iter(jobs.get, None):
        proc = subprocess.Popen(cmd, preexec_fn=_lower_priority)  # error: FRK004:16
        results.put((cmd[0], proc.wait()))


def launch(commands):
    jobs = multiprocessing.Queue()
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=child_main, args=(jobs, results))
    worker.start()
    for cmd in commands:
        jobs.put(cmd)
    jobs.put(None)
    return worker, results


if __name__ == "__main__":
    launch([["true"], ["sleep", "1"]])[0].join()
