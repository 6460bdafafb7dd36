"""Not evidence: local classes named Thread, Timer and Lock (a forum model, a metrics timer, a file lock) are not bound by a threading import (rules.md: "a local class called Thread")."""
import fcntl
import os
import time
from concurrent.futures import ProcessPoolExecutor


class Thread:
    """A discussion thread in the forum."""

    def __init__(self, title, posts=()):
        self.title = title
        self.posts = list(posts)


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        print(self.name, time.perf_counter() - self.t0)


class Lock:
    def __init__(self, path):
        self.fd = os.open(path, os.O_CREAT | os.O_RDWR)

    def __enter__(self):
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)


_index_lock = Lock("/tmp/forum-index.lock")
WELCOME = Thread("Welcome!", posts=["Read the rules first."])


def _render(thread):
    return "<h1>%s</h1>" % thread.title


def render_all(threads):
    with Timer("render"), _index_lock:
        with ProcessPoolExecutor() as ex:
            return list(ex.map(_render, threads))
