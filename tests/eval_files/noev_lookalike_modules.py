"""No evidence: look-alike threading modules and classes.

rules.md, "Evidence": look-alike modules are not evidence (`gevent.threading`,
`eventlet.green.threading`, `timeit.Timer`, `psutil.Process`, `billiard`, `multiprocess`, a
relative `.compat` import that binds nothing the checker knows in a single-file project).
Sinks: `os.fork()`, `multiprocessing.Pool`, `subprocess.run(preexec_fn=...)`.
Expected: no finding.
"""
import multiprocessing
import os
import subprocess
from timeit import Timer

import billiard
import eventlet.green.threading as green_threading
import psutil
from gevent import threading as gthreading
from multiprocess import dummy as mp_dummy

from .compat import Thread

_GREEN_LOCK = green_threading.Lock()
_GEVENT_LOCK = gthreading.Lock()


def _noop():
    pass


def benchmark():
    return Timer("sum(range(100))").timeit(number=1000)


def background():
    gthreading.Thread(target=_noop).start()
    green_threading.Thread(target=_noop).start()
    Thread(target=_noop).start()
    billiard.Process(target=_noop).start()
    with mp_dummy.Pool(2) as pool:
        pool.map(str, range(3))
    return psutil.Process(os.getpid()).num_threads()


def _square(x):
    return x * x


def work(n):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_square, range(n))


def detach():
    if os.fork():
        os._exit(0)


def run_demoted(cmd):
    return subprocess.run(cmd, preexec_fn=os.setsid)
