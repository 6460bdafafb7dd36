import threading

_LOCK = threading.RLock()
_ENTRIES = {}


def put(key, value):
    with _LOCK:
        _ENTRIES[key] = value


def snapshot():
    with _LOCK:
        return dict(_ENTRIES)
