"""Liveness heartbeat sent from a background thread."""
import threading
import time


def _beat(interval):
    while True:
        time.sleep(interval)


def start_heartbeat(interval=10.0):
    thread = threading.Thread(target=_beat, args=(interval,), name="heartbeat", daemon=True)
    thread.start()
    return thread
