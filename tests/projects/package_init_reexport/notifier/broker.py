"""Broker connection with a reader thread started in __init__."""
import threading


class Broker:
    def __init__(self, url):
        self.url = url
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        return None
