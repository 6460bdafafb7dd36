"""start_flusher() starts a thread; importing this module starts nothing."""
import threading
import time


def _flush():
    while True:
        time.sleep(1.0)


def start_flusher():
    threading.Thread(target=_flush, daemon=True, name="flusher").start()
