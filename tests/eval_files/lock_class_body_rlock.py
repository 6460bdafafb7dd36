"""Evidence: threading.RLock() in a module-level class body (rules.md: module-level locks, "class bodies")."""
import multiprocessing as mp
import threading


class ConnectionRegistry:
    _lock = threading.RLock()
    _conns = {}

    @classmethod
    def register(cls, name, conn):
        with cls._lock:
            cls._conns[name] = conn


def start_exporter(target):
    exporter = mp.Process(target=target, name="metrics-exporter", daemon=True)  # error: FRK001:16
    exporter.start()
    return exporter
