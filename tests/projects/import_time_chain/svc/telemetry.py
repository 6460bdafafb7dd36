"""Starts a span flusher when imported (module-level call of a local function)."""
import threading
import time


def _flush_loop():
    while True:
        time.sleep(1.0)


def _start_flusher():
    threading.Thread(target=_flush_loop, daemon=True).start()


_start_flusher()
