"""v7_trap_nested_def_defaults_and_decorators: locks that only look like import-time locks.

Clause: Evidence -- a lock counts only when it "runs when the module is imported"; "Not inside a
function body or a lambda"; decorator arguments count only for "module-level definitions". Here
every lock is created inside a function body: a decorator argument of a nested def, a default
argument of a nested def (evaluated when make_counter() runs), a class body inside a function
and a comprehension inside that class body. No thread is started anywhere.
Expected: no finding, although the module has multiprocessing.Pool(2) and os.fork().
"""
import functools
import multiprocessing
import os
import threading


def synchronized(lock):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            with lock:
                return fn(*args, **kwargs)
        return inner
    return wrap


def make_counter():
    @synchronized(threading.RLock())
    def bump(state, _guard=threading.Lock()):
        with _guard:
            state["n"] += 1
        return state["n"]
    return bump


def make_registry(names):
    class Registry:
        changed = threading.Condition()
        slots = {n: threading.Semaphore(1) for n in names}
    return Registry


def _square(x):
    return x * x


def squares(values):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_square, values)


def detach():
    if os.fork():
        os._exit(0)
    os.setsid()
