"""DiskWatcher polls mount points on a timer thread started when it is built."""
import threading


class DiskWatcher:
    def __init__(self, mounts, interval=10.0):
        self.mounts = list(mounts)
        self._timer = threading.Timer(interval, self._poll)
        self._timer.daemon = True
        self._timer.start()

    def _poll(self):
        return self.mounts
