"""Not evidence: names from a relative `.compat` import (and `from . import threading`) are not the stdlib threading (rules.md: "a relative .compat import")."""
import multiprocessing

from . import threading
from .compat import Lock, Thread
from .compat import threading as compat_threading

_lock = Lock()
_ready = threading.Event()


def start(fn):
    t = Thread(target=fn)
    t.start()
    compat_threading.Timer(1.0, fn).start()
    return t


def run(jobs, fn):
    with multiprocessing.Pool(2) as pool:
        return pool.map(fn, jobs)
