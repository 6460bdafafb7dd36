"""Process-wide locks shared by the store and the snapshot code."""
import threading

STORE_LOCK = threading.RLock()
SNAPSHOT_DONE = threading.Event()


class Registry:
    """Names of open stores; the class-level guard is created at import time."""

    _guard = threading.Lock()
    names = set()

    @classmethod
    def add(cls, name):
        with cls._guard:
            cls.names.add(name)

    @classmethod
    def snapshot(cls):
        with cls._guard:
            return sorted(cls.names)
