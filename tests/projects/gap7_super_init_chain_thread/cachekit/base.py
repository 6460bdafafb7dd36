"""A cache that a daemon thread empties every `ttl` seconds."""
import threading


class RefreshingCache:
    def __init__(self, ttl):
        self.ttl = ttl
        self._data = {}
        self._stop = threading.Event()
        self._refresher = threading.Thread(target=self._refresh_loop, name="cache-refresh", daemon=True)
        self._refresher.start()

    def _refresh_loop(self):
        while not self._stop.wait(self.ttl):
            self._data.clear()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def put(self, key, value):
        self._data[key] = value

    def close(self):
        self._stop.set()
