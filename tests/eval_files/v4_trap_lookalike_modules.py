"""v4_trap_lookalike_modules: names that look like threads, locks or pools but are not.

rules.md, Evidence: "neither are look-alike modules (gevent.threading, eventlet.green.threading,
asyncio.Lock, timeit.Timer, psutil.Process, billiard, multiprocess ...).
multiprocessing.Lock and friends are not thread evidence." ``billiard.Pool`` and
``multiprocess.Pool`` are not sinks either (they are not in the Sinks table). The module has
no thread evidence, so ``os.fork()`` and ``multiprocessing.Process`` are not reported.
Expected: nothing.
"""
import asyncio
import os
import timeit

import billiard
import multiprocess
import multiprocessing
import psutil
from eventlet.green import threading as green_threading
from gevent.threading import Lock as GeventLock

_LOOP_LOCK = asyncio.Lock()
_GREEN_LOCK = GeventLock()
_MP_LOCK = multiprocessing.Lock()
_MP_READY = multiprocessing.Event()


def benchmark(stmt):
    return timeit.Timer(stmt).timeit(number=1000)


def _watch(pid):
    print(psutil.Process(pid).status())


def watch_parent():
    green = green_threading.Thread(target=_watch, args=(os.getppid(),))
    green.start()
    return green


def _double(n):
    return 2 * n


def legacy_pools(numbers):
    with billiard.Pool(2) as a, multiprocess.Pool(2) as b:
        return a.map(_double, numbers), b.map(_double, numbers)


def detach():
    if os.fork():
        os._exit(0)


def background(pid):
    proc = multiprocessing.Process(target=_watch, args=(pid,))
    proc.start()
    return proc
