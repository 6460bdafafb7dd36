"""Counters printed every few seconds by a background reporter thread."""
import threading
import time


class Reporter:
    """Aggregates counters and prints them every `interval` seconds."""

    def __init__(self, interval=5.0):
        self.interval = interval
        self.counts = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="reporter", daemon=True)
        self._thread.start()

    def incr(self, key, n=1):
        with self._lock:
            self.counts[key] = self.counts.get(key, 0) + n

    def _loop(self):
        while not self._stop.wait(self.interval):
            self.flush()

    def flush(self):
        with self._lock:
            snapshot = dict(self.counts)
        stamp = time.strftime("%H:%M:%S")
        print(stamp, " ".join(f"{k}={v}" for k, v in sorted(snapshot.items())))

    def close(self):
        self._stop.set()
        self._thread.join()
        self.flush()
