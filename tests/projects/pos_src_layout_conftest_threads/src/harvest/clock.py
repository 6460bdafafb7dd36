"""Starts a ticker thread when imported."""
import threading
import time


def _tick():
    while True:
        time.sleep(1.0)


_TICKER = threading.Thread(target=_tick, daemon=True, name="clock")
_TICKER.start()


def now():
    return time.time()
