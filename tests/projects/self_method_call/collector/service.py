"""Log collector: start() calls self._spawn_flusher(), which starts the flusher thread."""
import threading


class Collector:
    def __init__(self, sink):
        self.sink = sink

    def start(self):
        self._spawn_flusher()
        return self

    def _spawn_flusher(self):
        self._flusher = threading.Thread(target=self._flush, daemon=True)
        self._flusher.start()

    def _flush(self):
        return None
