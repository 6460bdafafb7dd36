"""FRK001: SyncManager/BaseManager built without ctx= (or ctx=None) and started - chained .start(), name then .start() in the same scope, `with ... as m:` - reported at the construction (rules.md sink table row 1)."""
import multiprocessing.managers
import threading
from multiprocessing.managers import BaseManager, SyncManager

_state_lock = threading.RLock()


def start_chained():
    SyncManager(address=("127.0.0.1", 50000), authkey=b"secret").start()  # error: FRK001:5


def start_named(authkey: bytes) -> SyncManager:
    manager = SyncManager(authkey=authkey)  # error: FRK001:15
    manager.start()
    return manager


def count_words(lines):
    with multiprocessing.managers.SyncManager() as m:  # error: FRK001:10
        counts = m.dict()
        for line in lines:
            counts[line] = len(line.split())
        return dict(counts)


def start_base(address):
    mgr = BaseManager(address=address, authkey=b"k", ctx=None)  # error: FRK001:11
    with _state_lock:
        mgr.start()
    return mgr
