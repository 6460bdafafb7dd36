"""The sync loop, with a keep-alive thread."""
import threading
import time


def _keepalive():
    while True:
        time.sleep(30.0)


def sync_loop(once=False):
    keeper = threading.Thread(target=_keepalive, daemon=True)
    keeper.start()
    while True:
        time.sleep(1.0)
        if once:
            return 0
