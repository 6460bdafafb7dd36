"""No evidence: locks created at run time (method bodies, nested functions, lambdas, comprehensions
inside functions), never at import.

rules.md, "Evidence": a lock counts only when the factory call runs at import time ("Not inside a
function body or a lambda"); class bodies count, but the methods defined in them do not, and
neither does a lambda assigned in a class body.  `threading.local()` is not a lock factory.
Sinks: `multiprocessing.Pool` and `multiprocessing.Process` (default start method).
Expected: no finding (the module has no thread evidence).
"""
import multiprocessing
import threading

_TLS = threading.local()


class Cache:
    make_event = staticmethod(lambda: threading.Event())

    def __init__(self):
        self._lock = threading.Lock()
        self._data = {}

    def reset(self):
        def fresh_lock():
            return threading.RLock()

        self._lock = fresh_lock()
        self._data.clear()

    def get(self, key, compute):
        with self._lock:
            if key not in self._data:
                self._data[key] = compute()
            return self._data[key]


def limiter(n):
    return threading.BoundedSemaphore(n)


def lock_table(keys):
    return {key: threading.Condition() for key in keys}


def _square(x):
    return x * x


def squares(n):
    with multiprocessing.Pool(4) as pool:
        return pool.map(_square, range(n))


def background_square(x):
    proc = multiprocessing.Process(target=_square, args=(x,))
    proc.start()
    return proc
