"""v8_thread_subclass_mixin_base_sync_manager.

rules.md, "Evidence": constructing a class that subclasses threading.Thread, through any depth
of local subclassing, here with the Thread base reached through `import threading as th` and
listed after a mixin (`class Worker(LoggingMixin, th.Thread)`), and the construction done by a
grandchild class inside a function. "Sinks": a SyncManager built without ctx= and started
with `with SyncManager() as manager:` (reported at the construction), ProcessPoolExecutor();
a manager that only connects forks nothing.
Expected: two FRK001.
"""
import logging
import queue
import threading as th
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager


class LoggingMixin:
    @property
    def log(self):
        return logging.getLogger(type(self).__name__)


class Worker(LoggingMixin, th.Thread):
    def __init__(self, jobs):
        super().__init__(daemon=True)
        self.jobs = jobs

    def run(self):
        while True:
            job = self.jobs.get()
            self.log.info("job %s", job)
            self.jobs.task_done()


class PollingWorker(Worker):
    poll_interval = 1.0


def crunch(n):
    return n * n


def start_workers(count):
    jobs = queue.Queue()
    workers = [PollingWorker(jobs) for _ in range(count)]
    for worker in workers:
        worker.start()
    return jobs, workers


def shared_registry():
    with SyncManager() as manager:  # error: FRK001:10
        registry = manager.dict()
        registry["workers"] = 4
        return dict(registry)


def attach_registry(address, authkey):
    manager = SyncManager(address=address, authkey=authkey)
    manager.connect()
    return manager


def heavy(items):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(crunch, items))


def main():
    start_workers(2)
    shared_registry()
    heavy([1, 2, 3])


if __name__ == "__main__":
    main()
