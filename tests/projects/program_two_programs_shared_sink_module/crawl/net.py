"""Keep-alive thread for the fetcher's connections."""
import threading
import time


def _keepalive():
    while True:
        time.sleep(30.0)


def start_keepalive():
    threading.Thread(target=_keepalive, daemon=True, name="keepalive").start()
