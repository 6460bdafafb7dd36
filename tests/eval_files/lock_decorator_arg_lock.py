"""Evidence: threading.Lock() in a decorator argument of a module-level function runs at import (rules.md: module-level locks, "decorator arguments of module-level definitions")."""
import functools
import multiprocessing
import threading


def synchronized(lock):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            with lock:
                return fn(*args, **kwargs)
        return inner
    return wrap


_counters = {}


@synchronized(threading.Lock())
def bump(name: str) -> int:
    _counters[name] = _counters.get(name, 0) + 1
    return _counters[name]


def parallel_sizes(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(len, paths)
