"""Evidence: threading.Event() inside a module-level `with` block (rules.md: module-level locks, "inside module-level ... with ... blocks")."""
import contextlib
import threading
from multiprocessing.managers import SyncManager

with contextlib.suppress(ImportError):
    import uvloop  # noqa: F401

    UVLOOP_READY = threading.Event()


def start_shared_state() -> SyncManager:
    manager = SyncManager()  # error: FRK001:15
    manager.start()
    return manager
