"""Restore progress, polled and reported from a thread."""
import threading


class ProgressReporter:
    def __init__(self, callback, interval=1.0):
        self.callback = callback
        self.interval = interval
        self.done = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._poll, name="restore-progress", daemon=True
        )
        self._thread.start()

    def _poll(self):
        while not self._stop.wait(self.interval):
            self.callback(self.done)

    def stop(self):
        self._stop.set()
        self._thread.join()
