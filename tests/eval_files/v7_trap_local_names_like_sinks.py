"""v7_trap_local_names_like_sinks: local names called Pool / fork and a parameter called os.

Clause: "Names are resolved through imports"; a name not bound by such an import (a local class,
a local function, a parameter) is not the standard-library object. The sinks are qualified
names (multiprocessing.Pool, os.fork): a local connection-pool class `Pool`, a local function
`fork` and an injected `os` parameter are none of them. The module starts a Thread.
Expected: no finding.
"""
import queue
import threading


class Pool:
    """A small connection pool, not multiprocessing.Pool."""

    def __init__(self, factory, size=4):
        self._free = queue.LifoQueue()
        for _ in range(size):
            self._free.put(factory())

    def acquire(self):
        return self._free.get()

    def release(self, conn):
        self._free.put(conn)


def fork(repo, name):
    """Fork a repository record (no process involved)."""
    return dict(repo, name=name, parent=repo["name"])


def run_in_sandbox(job, os):
    """`os` is the sandbox's facade object, injected by the caller."""
    pid = os.fork()
    return pid, job


def warm(pool, n):
    def _touch():
        for _ in range(n):
            pool.release(pool.acquire())

    threading.Thread(target=_touch, daemon=True).start()


def open_pool(factory):
    pool = Pool(factory, size=8)
    warm(pool, 8)
    return pool, fork({"name": "main"}, "copy")
