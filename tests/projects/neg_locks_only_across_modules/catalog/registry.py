"""A registry with a per-instance lock (created in __init__, starts no thread)."""
import threading


class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self._names = []

    def add(self, name):
        with self._lock:
            self._names.append(name)
