"""v8_trap_lazy_global_lock_annotations.

rules.md, "Evidence": a module-level lock is a *call* to a lock factory that runs at import
time, and a thread is evidence when it is *constructed*. Here the module only annotates
module-level names with threading.Lock / threading.Thread (the values are None), creates the
lock lazily inside a function (`global _lock`), and mentions threading.Thread in isinstance()
and a string annotation; nothing constructs a thread. No thread evidence.
Expected: nothing.
"""
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Optional

_lock: Optional[threading.Lock] = None
_worker: "Optional[threading.Thread]" = None
THREAD_TYPES = (threading.Thread, threading.Timer)


def _get_lock():
    global _lock
    if _lock is None:
        _lock = threading.Lock()
    return _lock


def is_thread(obj) -> bool:
    return isinstance(obj, THREAD_TYPES)


def describe(worker: "threading.Thread") -> str:
    return worker.name


def work(n):
    return n * 4


def run(items):
    with _get_lock():
        with multiprocessing.Pool(2) as pool:
            first = pool.map(work, items)
        with ProcessPoolExecutor() as ex:
            second = list(ex.map(work, items))
    return first + second


def detach():
    if os.fork():
        os._exit(0)


def main():
    run([1, 2])
    detach()


if __name__ == "__main__":
    main()
