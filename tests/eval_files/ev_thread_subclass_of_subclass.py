"""Evidence: only a sub-sub-subclass of threading.Thread is constructed, at module level (rules.md: "through any depth of local subclassing")."""
import os
from threading import Thread


class StoppableThread(Thread):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.stopped = False

    def stop(self):
        self.stopped = True


class PeriodicThread(StoppableThread):
    interval = 30.0


class CachePoller(PeriodicThread):
    def run(self):
        while not self.stopped:
            pass


poller = CachePoller(daemon=True)


def reexec_worker(argv):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execv(argv[0], argv)
    return pid
