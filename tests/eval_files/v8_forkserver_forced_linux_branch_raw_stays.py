"""v8_forkserver_forced_linux_branch_raw_stays.

rules.md, "Safe": default-method sinks are safe in a module that calls
`multiprocessing.set_start_method("spawn" | "forkserver")` anywhere in the module; here
`set_start_method("forkserver", force=True)` (renamed import) at module level inside an
`if sys.platform.startswith("linux"):` block (force=True, so no FRK104). That covers
ProcessPoolExecutor() and calls on a `get_context()` context, but not the explicit fork
context (FRK002), the raw fork (FRK003) or preexec_fn (FRK004).
Evidence: threading.Thread started in a function.
Expected: FRK002, FRK003, FRK004; no FRK001.
"""
import multiprocessing as mp
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import set_start_method as use_start_method

if sys.platform.startswith("linux"):
    use_start_method("forkserver", force=True)

_POOL_CTX = mp.get_context()


def handle(n):
    return n * 3


def _monitor():
    while True:
        time.sleep(10)


def start_monitor():
    thread = threading.Thread(target=_monitor, name="monitor", daemon=True)
    thread.start()
    return thread


def batch(items):
    with ProcessPoolExecutor() as ex:
        first = list(ex.map(handle, items))
    with _POOL_CTX.Pool(2) as pool:
        second = pool.map(handle, items)
    return first + second


def legacy_batch(items):
    with mp.get_context("fork").Pool(2) as pool:  # error: FRK002:10
        return pool.map(handle, items)


def detach():
    pid = os.fork()  # error: FRK003:11
    if pid:
        os._exit(0)


def run_tool(cmd):
    return subprocess.run(cmd, preexec_fn=os.setsid, check=True)  # error: FRK004:12


def main():
    start_monitor()
    batch([1, 2, 3])
    legacy_batch([4, 5])
    run_tool(["true"])
    detach()


if __name__ == "__main__":
    main()
