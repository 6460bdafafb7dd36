"""Directory watcher. The thread starts only when start_watcher() is called."""
import threading
import time

POLL_INTERVAL = 2.0


def _poll(path):
    while True:
        time.sleep(POLL_INTERVAL)


def start_watcher(path):
    watcher = threading.Thread(target=_poll, args=(path,), daemon=True)
    watcher.start()
    return watcher
