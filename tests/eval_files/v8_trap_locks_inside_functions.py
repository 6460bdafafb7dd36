"""v8_trap_locks_inside_functions.

rules.md, "Evidence": a lock is evidence only when it is created at import time; "Not inside a
function body or a lambda". Every lock here is created inside a function, a method
(`__init__`), a nested function, an async function, a comprehension inside a function or a
module-level lambda; nothing calls them at import time. No thread is started.
Expected: nothing, although every kind of sink is present.
"""
import multiprocessing
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

make_lock = lambda: threading.Lock()


def new_registry_lock():
    return threading.RLock()


class Cache:
    def __init__(self):
        self._lock = threading.RLock()
        self._ready = threading.Condition(self._lock)
        self._data = {}

    def put(self, key, value):
        with self._ready:
            self._data[key] = value
            self._ready.notify_all()


def limited(n):
    slots = threading.BoundedSemaphore(n)

    def gate():
        barrier = threading.Barrier(2)
        return slots, barrier

    return gate


def striped(count):
    return [threading.Semaphore(1) for _ in range(count)]


async def serve():
    stop = threading.Event()
    return stop


def work(n):
    return n


def run_all(items):
    with multiprocessing.Pool(2) as pool:
        pool.map(work, items)
    with ProcessPoolExecutor() as ex:
        list(ex.map(work, items))
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.map(work, items)
    subprocess.run(["true"], preexec_fn=os.setpgrp, check=True)


def detach():
    if os.fork():
        os._exit(0)


def main():
    Cache().put("a", 1)
    run_all([1, 2])
    detach()


if __name__ == "__main__":
    main()
