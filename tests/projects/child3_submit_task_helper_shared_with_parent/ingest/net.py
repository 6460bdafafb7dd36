"""Sessions with a keepalive thread."""
import threading
import time


def _keepalive(name):
    while True:
        time.sleep(30.0)


def open_session(name):
    keepalive = threading.Thread(target=_keepalive, args=(name,), daemon=True)
    keepalive.start()
    return {"name": name, "keepalive": keepalive}
