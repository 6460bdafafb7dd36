"""In-process registry guarded by a module-level lock (this module's own evidence)."""
import os
import threading

_LOCK = threading.RLock()
_ENTRIES = {}


def register(name, value):
    with _LOCK:
        _ENTRIES[name] = value


def snapshot_to_disk(path):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        with open(path, "w") as handle:
            handle.write(repr(_ENTRIES))
        os._exit(0)
    return pid
