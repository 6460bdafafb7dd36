"""FRK001: a local BaseManager subclass started on the server side; the client that only .connect()s, a manager that is never started and one built with a spawn ctx= are not sinks (rules.md sink table row 1)."""
import multiprocessing
import queue
import threading
from multiprocessing.managers import BaseManager

_job_queue = queue.Queue()
_READY = threading.Event()


class QueueManager(BaseManager):
    pass


QueueManager.register("get_jobs", callable=lambda: _job_queue)


def serve(port: int) -> QueueManager:
    manager = QueueManager(address=("", port), authkey=b"jobs")  # error: FRK001:15
    manager.start()
    _READY.set()
    return manager


def connect(host: str, port: int) -> QueueManager:
    client = QueueManager(address=(host, port), authkey=b"jobs")
    client.connect()
    return client


def describe(port: int) -> str:
    unused = QueueManager(address=("", port), authkey=b"jobs")
    return repr(unused.address)


def serve_spawned(port: int) -> QueueManager:
    manager = QueueManager(
        address=("", port),
        authkey=b"jobs",
        ctx=multiprocessing.get_context("spawn"),
    )
    manager.start()
    return manager
