# options: --forksafe-target-python=3.13
"""v8_target313_all_reported.

rules.md, "Options" (`--forksafe-target-python`): only 3.14 or above drops FRK001. At 3.13 the
default start method is still fork on Linux, so every sink is reported as at the default 3.9.
Evidence: threading.Thread started in a function. Sinks: ProcessPoolExecutor(), a call on
`get_context()`, get_context("fork"), os.forkpty(), subprocess.check_call(preexec_fn=...).
Expected: FRK001 twice, FRK002, FRK003, FRK004.
"""
import multiprocessing as mp
import os
import subprocess
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _tick():
    while True:
        time.sleep(1)


def start_ticker():
    threading.Thread(target=_tick, daemon=True).start()


def square(n):
    return n * n


def run_executor(items):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(square, items))


def run_default_ctx(items):
    with mp.get_context().Pool(2) as pool:  # error: FRK001:10
        return pool.map(square, items)


def run_fork_ctx(items):
    with mp.get_context("fork").Pool(2) as pool:  # error: FRK002:10
        return pool.map(square, items)


def open_console():
    pid, fd = os.forkpty()  # error: FRK003:15
    if pid == 0:
        os.execvp("sh", ["sh"])
    return fd


def run_detached(cmd):
    subprocess.check_call(cmd, preexec_fn=os.setsid)  # error: FRK004:5


def main():
    start_ticker()
    run_executor([1, 2])
    run_default_ctx([3])
    run_fork_ctx([4])
    open_console()
    run_detached(["true"])


if __name__ == "__main__":
    main()
