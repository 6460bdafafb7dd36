"""Module-level locks (its own evidence), but no thread: nothing here is passed on."""
import threading

_LOCK = threading.RLock()
_LOADED = threading.Event()
_ENTRIES = {}


def register(name, value):
    with _LOCK:
        _ENTRIES[name] = value
    _LOADED.set()


def snapshot():
    _LOADED.wait(timeout=1.0)
    with _LOCK:
        return dict(_ENTRIES)
