"""Not evidence: a parameter called `threading`, a parameter called `Thread`, and the module-level `from threading import Thread` shadowed by a function-local assignment (rules.md: "a parameter called threading", "a shadowed import")."""
import multiprocessing
import os
import threading
from threading import Thread


def log_prefix() -> str:
    return "[pid %d tid %d]" % (os.getpid(), threading.get_ident())


def start_watcher(fn, threading):
    """`threading` is injected so tests can pass a fake module."""
    watcher = threading.Thread(target=fn, daemon=True)
    watcher.start()
    return watcher


def start_with(Thread, fn):
    return Thread(target=fn)


class GreenRunner:
    def __init__(self, hub):
        self.hub = hub

    def spawn(self, fn):
        Thread = self.hub.thread_class
        worker = Thread(target=fn)
        worker.start()
        return worker


def is_worker(obj) -> bool:
    return isinstance(obj, Thread)


def run_batch(items, fn):
    with multiprocessing.Pool() as pool:
        return pool.map(fn, items)
