"""In-process cache guarded by module-level locks. No thread is started anywhere."""
import threading

_LOCK = threading.RLock()
_READY = threading.Event()
_ENTRIES = {}


def put(key, value):
    with _LOCK:
        _ENTRIES[key] = value
    _READY.set()


def snapshot():
    with _LOCK:
        return dict(_ENTRIES)
