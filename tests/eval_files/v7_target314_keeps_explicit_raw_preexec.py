# options: --forksafe-target-python=3.14
"""v7_target314_keeps_explicit_raw_preexec: target 3.14 drops only the default-start-method findings.

Clause: Options -- "At 3.14 or above, default-start-method sinks (FRK001) are not reported ...;
explicit fork, raw fork and preexec_fn still are". No set_start_method("fork") in the module.
Expected: nothing at multiprocessing.Pool(2) / ProcessPoolExecutor(); FRK002 at the inline
multiprocessing.get_context("fork") in run_pinned() (one finding for get_context("fork").Pool());
FRK003 at os.fork() in fork_child(); FRK004 at subprocess.Popen(...) in launch().
"""
import concurrent.futures
import multiprocessing
import os
import subprocess
import threading


def _heartbeat(stop):
    while not stop.wait(5.0):
        print("alive")


def start_heartbeat():
    stop = threading.Event()
    threading.Thread(target=_heartbeat, args=(stop,), daemon=True).start()
    return stop


def _work(n):
    return n * 2


def run_default(items):
    with multiprocessing.Pool(2) as pool:
        first = pool.map(_work, items)
    with concurrent.futures.ProcessPoolExecutor() as ex:
        second = list(ex.map(_work, items))
    return first, second


def run_pinned(items):
    with multiprocessing.get_context("fork").Pool(2) as pool:  # error: FRK002:10
        return pool.map(_work, items)


def fork_child():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


def launch(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)  # error: FRK004:12
