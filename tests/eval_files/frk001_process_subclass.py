"""FRK001: constructing a local subclass of multiprocessing.Process, at any depth and in either import spelling; subclasses that are never constructed are not sinks (rules.md sink table row 1)."""
import multiprocessing as mp
import signal
import threading
from multiprocessing import Process


class ServiceProcess(mp.Process):
    def __init__(self, name):
        super().__init__(name=name, daemon=True)

    def run(self):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        self.serve()

    def serve(self):
        raise NotImplementedError


class IngestProcess(ServiceProcess):
    def serve(self):
        print("ingesting", self.name)


class BatchIngestProcess(IngestProcess):
    batch_size = 500


class Reaper(Process):
    def run(self):
        print("reaping zombies")


class UnusedProcess(Process):
    pass


def supervise():
    watchdog = threading.Thread(target=print, args=("watchdog",), daemon=True)
    watchdog.start()
    children = [
        IngestProcess("ingest-1"),  # error: FRK001:9
        BatchIngestProcess("batch-1"),  # error: FRK001:9
    ]
    children.append(Reaper(daemon=True))  # error: FRK001:21
    for child in children:
        child.start()
    return children
