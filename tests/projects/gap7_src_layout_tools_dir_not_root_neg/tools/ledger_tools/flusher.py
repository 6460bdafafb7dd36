"""fsync a ledger directory every second from a background thread."""
import os
import threading
import time


def _flush_forever(directory, interval):
    fd = os.open(directory, os.O_RDONLY)
    try:
        while True:
            os.fsync(fd)
            time.sleep(interval)
    finally:
        os.close(fd)


def start_flusher(directory, interval=1.0):
    thread = threading.Thread(target=_flush_forever, args=(directory, interval), daemon=True)
    thread.start()
    return thread
