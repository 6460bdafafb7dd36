"""Trap: look-alike thread names only, and every kind of sink: nothing is reported.

Situation: a module uses eventlet's green threading (Thread and Lock, module level included),
gevent's threading module, `timeit.Timer`, `psutil.Process`, `asyncio.Lock`, and
`multiprocessing.Lock`. It has every sink kind: `ProcessPoolExecutor()`, `os.fork()`,
`os.forkpty()`, an inline fork context, `subprocess.Popen(preexec_fn=...)`,
`socketserver.ForkingTCPServer`, and `set_start_method("fork")` under the main guard.

rules.md, Evidence: "neither are look-alike modules (`gevent.threading`,
`eventlet.green.threading`, `asyncio.Lock`, `timeit.Timer`, `psutil.Process`, ...).
`multiprocessing.Lock` and friends are not thread evidence."
rules.md, Safe: "A sink in a module without thread evidence is never reported." Findings: "A
sink is reported if and only if it is unsafe and the module has thread evidence."

Expected: no finding at all (including the explicit fork sinks).
"""
import asyncio
import multiprocessing
import os
import socketserver
import subprocess
from concurrent.futures import ProcessPoolExecutor
from timeit import Timer

import gevent.threading
import psutil
from eventlet.green import threading as green_threading

_green_lock = green_threading.Lock()
_gevent_lock = gevent.threading.Lock()
_async_lock = asyncio.Lock()
_mp_lock = multiprocessing.Lock()


def bench():
    return Timer("sum(range(100))").timeit(1000)


def start_green():
    worker = green_threading.Thread(target=bench)
    worker.start()
    return worker


def cpu_of(pid):
    return psutil.Process(pid).cpu_percent()


def _square(n):
    return n * n


def all_sinks(cmd, port, handler):
    with ProcessPoolExecutor() as executor:
        squares = list(executor.map(_square, range(4)))
    if os.fork() == 0:
        os._exit(0)
    pid, fd = os.forkpty()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_square, squares)
    subprocess.Popen(cmd, preexec_fn=os.setsid)
    return socketserver.ForkingTCPServer(("", port), handler), pid, fd


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print(bench())
