"""Keepalive pinger for a connection pool."""
import threading
import time


def _ping():
    while True:
        time.sleep(30)


def start_keepalive():
    threading.Thread(target=_ping, name="keepalive", daemon=True).start()
