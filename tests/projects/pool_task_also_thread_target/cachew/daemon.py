"""Background refresher: runs refresh() on a plain thread of the parent process."""
import threading

from cachew import refresh


def start(key):
    worker = threading.Thread(target=refresh.refresh, args=(key,), daemon=True)
    worker.start()
    return worker
