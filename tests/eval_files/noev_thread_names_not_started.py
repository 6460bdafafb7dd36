"""No evidence: threading names that are referenced, subclassed or queried, never constructed.

rules.md, "Evidence": "A class that subclasses threading.Thread but is never constructed in the
module is not evidence by itself"; evidence is a construction or a listed call.  Annotations,
isinstance checks, a tuple of the classes, `threading.current_thread()`, `main_thread()`,
`active_count()`, `enumerate()`, and a module-level `queue.Queue()` (not a listed lock factory)
are not evidence.
Sink: `ProcessPoolExecutor()` (default start method).
Expected: no finding.
"""
import queue
import threading
from concurrent.futures import ProcessPoolExecutor
from threading import Thread, Timer

_JOBS = queue.Queue()
_MAIN = threading.main_thread()
THREAD_TYPES = (Thread, Timer, threading.Thread)


class Worker(Thread):
    def run(self):
        while True:
            item = _JOBS.get()
            if item is None:
                return


class DelayedFlush(Timer):
    pass


def is_worker(t: Thread) -> bool:
    return isinstance(t, Worker)


def describe():
    me = threading.current_thread()
    return me.name, threading.active_count(), len(threading.enumerate()), me is _MAIN


def _parse(blob):
    return blob.decode()


def parse_all(blobs):
    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(_parse, blobs))
