"""v4_trap_locks_in_functions_and_lambdas: thread locks that are not created at import time.

rules.md, Evidence: a module-level lock counts only when it "runs when the module is imported
... Not inside a function body or a lambda". Here every ``threading`` lock, event, semaphore,
condition and barrier is built in a function, a method, a nested function, a comprehension
inside a function, or a module-level lambda (including a comprehension inside that lambda).
No thread is constructed. The module has no thread evidence, so its sinks (``os.fork()``,
``multiprocessing.Pool``) are never reported. Expected: nothing.
"""
import multiprocessing
import os
import threading

_make_lock = lambda: threading.Lock()  # noqa: E731
_make_many = lambda n: [threading.RLock() for _ in range(n)]  # noqa: E731
_LOCKS = {}


def lock_for(name):
    if name not in _LOCKS:
        _LOCKS[name] = threading.RLock()
    return _LOCKS[name]


class Throttle:
    def __init__(self, limit):
        self._slots = threading.BoundedSemaphore(limit)
        self._done = threading.Event()
        self._gates = [threading.Barrier(2) for _ in range(limit)]

    def condition_factory(self):
        def _new_condition():
            return threading.Condition(threading.Lock())

        return _new_condition


def _square(n):
    return n * n


def fan_out(numbers):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_square, numbers)


def detach():
    if os.fork():
        os._exit(0)
    os.setsid()
