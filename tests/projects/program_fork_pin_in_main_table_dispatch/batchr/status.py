"""Status endpoint thread, started from a startup hook."""
import threading
import time


def _serve_status():
    while True:
        time.sleep(1)


def _start_status_server():
    threading.Thread(target=_serve_status, name="status", daemon=True).start()


HOOKS = [_start_status_server]
