import collections
import threading
import time


class Collector:
    def __init__(self, interval):
        self.interval = interval
        self.counts = collections.Counter()
        self._flusher = threading.Thread(target=self._flush_forever, daemon=True)
        self._flusher.start()

    def _flush_forever(self):
        while True:
            time.sleep(self.interval)
            print("flush", dict(self.counts))
            self.counts.clear()

    def count(self, name, n=1):
        self.counts[name] += n
