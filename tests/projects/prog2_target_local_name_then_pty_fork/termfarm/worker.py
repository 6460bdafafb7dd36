"""Terminal farm worker; runs in a child process."""
import threading
import time


def _watch(cfg_path):
    while True:
        time.sleep(5.0)


def run(cfg_path):
    watcher = threading.Thread(target=_watch, args=(cfg_path,), daemon=True)
    watcher.start()
    time.sleep(1.0)
    return cfg_path
