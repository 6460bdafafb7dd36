"""Rebuild the catalog, with a progress thread."""
import threading
import time


def _progress(done):
    while not done.is_set():
        time.sleep(0.5)


def rebuild(root):
    done = threading.Event()
    reporter = threading.Thread(target=_progress, args=(done,), daemon=True)
    reporter.start()
    time.sleep(1.0)
    done.set()
    reporter.join()
    return root
