"""Uplink keepalive thread, started from a startup hook."""
import threading
import time


def _keepalive():
    while True:
        time.sleep(15)


def _start_uplink():
    threading.Thread(target=_keepalive, name="uplink", daemon=True).start()


HOOKS = [_start_uplink]
