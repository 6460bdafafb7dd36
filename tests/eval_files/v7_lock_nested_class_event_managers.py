"""v7_lock_nested_class_event_managers: threading.Event() in a nested class body; manager sinks.

Clause: Evidence -- module-level lock in "class bodies (nested classes too)". Sinks:
multiprocessing.Manager(); a local subclass (depth 2) of multiprocessing.managers.BaseManager
built without ctx= and started as `with ... as m:` (reported at the construction); the same class
only .connect()ed "forks nothing".
Expected: FRK001 at multiprocessing.Manager() in snapshot(); FRK001 at JobQueueManager(...) in
serve_queue(); no finding in connect_queue().
"""
import multiprocessing
import queue
import threading
from multiprocessing.managers import BaseManager

_JOBS = queue.Queue()


def _get_jobs():
    return _JOBS


class QueueManager(BaseManager):
    pass


class JobQueueManager(QueueManager):
    class Signals:
        shutdown = threading.Event()


JobQueueManager.register("jobs", callable=_get_jobs)


def snapshot(keys):
    with multiprocessing.Manager() as manager:  # error: FRK001:10
        shared = manager.dict({key: None for key in keys})
        return dict(shared)


def serve_queue(address, authkey):
    with JobQueueManager(address=address, authkey=authkey) as mgr:  # error: FRK001:10
        while not JobQueueManager.Signals.shutdown.wait(1.0):
            print("queued:", mgr.jobs().qsize())


def connect_queue(address, authkey):
    mgr = JobQueueManager(address=address, authkey=authkey)
    mgr.connect()
    return mgr.jobs()
