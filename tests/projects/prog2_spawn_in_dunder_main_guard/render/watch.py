"""Watch the scene directory for changes."""
import os
import threading
import time


def _scan(root):
    while True:
        os.listdir(root)
        time.sleep(1.0)


def start_watcher(root):
    t = threading.Thread(target=_scan, args=(root,), daemon=True)
    t.start()
    return t
