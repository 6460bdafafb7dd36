import os
import queue
import threading
import time

from . import archive

_EVENTS = queue.Queue()


def _scan(root):
    seen = set()
    while True:
        for name in os.listdir(root):
            if name not in seen:
                seen.add(name)
                _EVENTS.put(os.path.join(root, name))
        time.sleep(2)


def start_scanner(root):
    thread = threading.Thread(target=_scan, args=(root,), daemon=True)
    thread.start()


def handle_batch(size):
    paths = [_EVENTS.get() for _ in range(size)]
    return archive.compress_all(paths)
