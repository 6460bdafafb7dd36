"""Case target314_default_sinks_dropped.

rules.md, Options (--forksafe-target-python) and Corrections (version 2), second bullet: at 3.14
the default start method is never fork, so FRK001 sinks are dropped when no
set_start_method("fork") is in the module or its program (there is no program here). Explicit
fork (FRK002), raw fork (FRK003) and preexec_fn (FRK004) are still reported. Thread evidence:
imports worker.beacon.
"""
import multiprocessing
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor

from worker import beacon  # noqa: F401


def _job(item):
    return item


def run_default(items):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_job, items))


def run_pinned(items):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool() as pool:
        return pool.map(_job, items)


def daemonize():
    if os.fork() == 0:  # error: FRK003:8
        os.setsid()


def restart_service(name):
    return subprocess.run(["systemctl", "restart", name], preexec_fn=os.setsid)  # error: FRK004:12
