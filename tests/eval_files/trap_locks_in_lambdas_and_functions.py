"""Trap: thread locks created only inside functions, methods and lambdas (never at import).

Situation: lock factories live in a module-level lambda, a function, a lambda used as a
default argument (the lambda object is created at import, its body is not run), and an
`__init__` method. No Thread or thread pool is built.

rules.md, Evidence: module-level locks count only when the call "runs when the module is
imported ... Not inside a function body or a lambda."
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding; `multiprocessing.Pool()` and `os.fork()` stay silent.
"""
import multiprocessing
import os
import threading

new_lock = lambda: threading.Lock()


def make_condition():
    return threading.Condition(threading.Lock())


def make_gate(factory=lambda: threading.Semaphore(4)):
    return factory()


class Throttle:
    def __init__(self, limit):
        self._slots = threading.BoundedSemaphore(limit)
        self._stop = threading.Event()


def _square(n):
    return n * n


def squares(numbers):
    with multiprocessing.Pool() as pool:
        return pool.map(_square, numbers)


def fork_child():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return pid
