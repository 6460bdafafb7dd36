"""v7_trap_sinks_referenced_not_called: fork APIs referenced or queried, never called as sinks.

Clause: Sinks are calls (the table lists calls). In a module with thread evidence
(threading.Thread in start_watch()), hasattr(os, "fork"), os.register_at_fork(...),
get_all_start_methods() / get_start_method(), ProcessPoolExecutor used in isinstance(),
os.posix_spawn(...) and subprocess.Popen(..., preexec_fn=None, start_new_session=True) fork
nothing the table lists (preexec_fn is the literal None).
Expected: no finding.
"""
import multiprocessing
import os
import subprocess
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Optional

_CAN_FORK = hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
_worker: Optional[threading.Thread] = None


def _reset_after_fork():
    global _worker
    _worker = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def describe(executor: Executor) -> str:
    kind = "process" if isinstance(executor, ProcessPoolExecutor) else "thread"
    return "%s (%s)" % (kind, multiprocessing.get_start_method(allow_none=True))


def start_watch(fn):
    global _worker
    _worker = threading.Thread(target=fn, daemon=True)
    _worker.start()


def launch(argv):
    pid = os.posix_spawn(argv[0], argv, dict(os.environ))
    proc = subprocess.Popen(argv, preexec_fn=None, start_new_session=True)
    return pid, proc
