"""`set_start_method("forkserver")` makes default-method sinks safe, not raw forks or hooks.

Situation: the module starts a flusher thread, calls `multiprocessing.set_start_method(
"forkserver")` inside `main()` (run under the main guard), and uses `multiprocessing.Pool`,
`ProcessPoolExecutor()`, `multiprocessing.Process` and `multiprocessing.Manager()` with the
default method. It also double-forks with `os.fork()`.

rules.md, Safe: "Default-method sinks are also safe in a module that calls
`multiprocessing.set_start_method("spawn" | "forkserver")` anywhere in the module (module level,
under `if __name__ == "__main__":`, inside a function)." Only default-method sinks are made
safe; raw fork stays a sink ("`os.fork()`", FRK003).

Expected: one FRK003 at `os.fork()`; no FRK001 anywhere. One `set_start_method` call, inside a
function: no FRK104.
"""
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _flush_forever():
    while True:
        time.sleep(2)


def start_flusher():
    flusher = threading.Thread(target=_flush_forever, name="flusher", daemon=True)
    flusher.start()
    return flusher


def _work(n):
    return n + 1


def run_pool(items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_work, items)


def run_executor(items):
    with ProcessPoolExecutor() as executor:
        return list(executor.map(_work, items))


def run_process(n):
    proc = multiprocessing.Process(target=_work, args=(n,))
    proc.start()
    proc.join()


def run_manager():
    with multiprocessing.Manager() as manager:
        shared = manager.dict(a=1)
        return dict(shared)


def double_fork():
    pid = os.fork()  # error: FRK003:11
    if pid:
        return pid
    os.setsid()
    os._exit(0)


def main():
    multiprocessing.set_start_method("forkserver")
    start_flusher()
    run_pool([1, 2, 3])


if __name__ == "__main__":
    main()
