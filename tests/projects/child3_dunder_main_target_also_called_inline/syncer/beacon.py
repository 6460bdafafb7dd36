"""Progress beacon thread."""
import threading
import time


def _beat(remote):
    while True:
        time.sleep(1.0)


def start(remote):
    thread = threading.Thread(target=_beat, args=(remote,), daemon=True)
    thread.start()
    return thread
