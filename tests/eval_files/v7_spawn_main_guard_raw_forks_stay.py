"""v7_spawn_main_guard_raw_forks_stay: aliased set_start_method("spawn") under the main guard.

Clause: Safe -- "Default-method sinks are also safe in a module that calls
multiprocessing.set_start_method("spawn" | "forkserver") anywhere in the module (... under
if __name__ == "__main__": ...)", here `from multiprocessing import set_start_method as
use_start_method`. That covers only default-method sinks: an explicit fork context, raw forks and
preexec_fn are still reported. Evidence: the Thread started under the main guard.
Expected: nothing at mp.Pool(2); FRK002 at mp.get_context("fork") in legacy_pool(); FRK003 at
pty.fork() in open_pty_child(); FRK004 at subprocess.Popen(...) in spawn_helper().
"""
import multiprocessing as mp
import os
import pty
import subprocess
import threading
from multiprocessing import set_start_method as use_start_method


def _ping(stop):
    while not stop.wait(2.0):
        print("ping")


def _double(x):
    return 2 * x


def crunch(values):
    with mp.Pool(2) as pool:
        return pool.map(_double, values)


def legacy_pool():
    return mp.get_context("fork").Pool(2)  # error: FRK002:12


def open_pty_child(argv):
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    return pid, fd


def spawn_helper(argv):
    return subprocess.Popen(argv, preexec_fn=os.setpgrp)  # error: FRK004:12


if __name__ == "__main__":
    use_start_method("spawn")
    stop = threading.Event()
    threading.Thread(target=_ping, args=(stop,), daemon=True).start()
    print(crunch([1, 2, 3]))
    stop.set()
