"""Print elapsed time every few seconds while a long script runs."""
import sys
import threading
import time


class Ticker:
    def __init__(self, label, every=5.0):
        self.label = label
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick, name="ticker", daemon=True)

    def _tick(self):
        start = time.monotonic()
        while not self._stop.wait(self.every):
            sys.stderr.write(f"{self.label}: {time.monotonic() - start:.0f}s\n")

    def stop(self):
        self._stop.set()
        self._thread.join()


def start_ticker(label):
    ticker = Ticker(label)
    ticker._thread.start()
    return ticker
