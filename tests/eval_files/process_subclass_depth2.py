"""FRK001 for constructing local Process subclasses; evidence from a Thread subclass at depth 2.

Situation: `Poller(threading.Thread)` and `FastPoller(Poller)` are local thread classes; only
`FastPoller` is constructed. `Worker(Process)` (Process imported as `BaseProcess`) and
`RetryingWorker(Worker)` are local process classes, both constructed.

rules.md, Evidence: "it constructs `threading.Thread`, `threading.Timer`, or a class that
subclasses one of them (defined in the same module, through any depth of local subclassing)".
rules.md, Sinks table: "constructing a local subclass of `multiprocessing.Process` (any
depth)" is a default-start-method sink. Names resolve through `from ... import ... as`.

Expected: FRK001 at `RetryingWorker(queue)` (inside the list comprehension) and at
`Worker(queue)`. The class statements themselves are not findings.
"""
import threading
import time
from multiprocessing import Process as BaseProcess


class Poller(threading.Thread):
    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval = interval

    def run(self):
        while True:
            time.sleep(self.interval)


class FastPoller(Poller):
    def __init__(self):
        super().__init__(interval=0.1)


class Worker(BaseProcess):
    def __init__(self, queue):
        super().__init__(daemon=True)
        self.queue = queue

    def run(self):
        for item in iter(self.queue.get, None):
            print("handled", item)


class RetryingWorker(Worker):
    retries = 3


def start_pollers(count):
    pollers = [FastPoller() for _ in range(count)]
    for poller in pollers:
        poller.start()
    return pollers


def start_workers(queue):
    workers = [RetryingWorker(queue) for _ in range(4)]  # error: FRK001:16
    primary = Worker(queue)  # error: FRK001:15
    for worker in workers + [primary]:
        worker.start()
    return workers, primary
