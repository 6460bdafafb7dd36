"""Watchdog thread and orphan reaping."""
import os
import threading


class Watchdog:
    def __init__(self, timeout):
        self.timeout = timeout
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self):
        if not self._done.wait(self.timeout):
            os._exit(3)

    def stop(self):
        self._done.set()


def reap_orphans(pidfile):
    pid = os.fork()
    if pid == 0:
        if os.path.exists(pidfile):
            os.unlink(pidfile)
        os._exit(0)
    os.waitpid(pid, 0)
