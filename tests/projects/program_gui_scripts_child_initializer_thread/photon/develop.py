"""RAW development in worker processes; each worker forwards its log records from a thread."""
import threading
import time


def _forward_logs():
    while True:
        time.sleep(1)


def _start_forwarder():
    threading.Thread(target=_forward_logs, name="log-forwarder", daemon=True).start()


def init_worker():
    _start_forwarder()


def develop_raw(path):
    return path + ".tif"
