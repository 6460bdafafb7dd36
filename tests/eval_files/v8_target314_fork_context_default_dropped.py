# options: --forksafe-target-python=3.14
"""v8_target314_fork_context_default_dropped.

rules.md, "Options" (`--forksafe-target-python` 3.14: FRK001 not reported; explicit fork, raw
fork and preexec_fn still are) and the version 2 correction (FRK001 is kept only when a
`set_start_method("fork")` pins the default). Here the module uses an explicit
`get_context("fork")`, which does not change the default start method: it is FRK002 itself,
and the default-method sinks (multiprocessing.Pool, ProcessPoolExecutor(mp_context=None), calls
on a module-level `get_context()` context) stay dropped.
Evidence: a module-level `allocate_lock()` (`from _thread import allocate_lock`).
Expected: FRK002, FRK003 (pty.fork), FRK004; no FRK001.
"""
import multiprocessing as mp
import os
import pty
import subprocess
from _thread import allocate_lock
from concurrent.futures import ProcessPoolExecutor

_REGISTRY_LOCK = allocate_lock()
_CTX = mp.get_context()
_FORK_CTX = mp.get_context("fork")  # error: FRK002:13


def work(n):
    return n + 100


def run_default(items):
    with mp.Pool(2) as pool:
        first = pool.map(work, items)
    with ProcessPoolExecutor(mp_context=None) as ex:
        second = list(ex.map(work, items))
    proc = _CTX.Process(target=work, args=(1,))
    proc.start()
    proc.join()
    return first + second


def run_forked(items):
    with _FORK_CTX.Pool(2) as pool:
        return pool.map(work, items)


def open_child_tty():
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp("sh", ["sh"])
    return fd


def run_detached(cmd):
    with _REGISTRY_LOCK:
        return subprocess.check_call(cmd, preexec_fn=os.setsid)  # error: FRK004:16


def main():
    run_default([1, 2])
    run_forked([3])
    open_child_tty()
    run_detached(["true"])


if __name__ == "__main__":
    main()
