"""Process-pool initializer defined here; it starts a log-flushing thread in each child."""
import threading
import time


def _flush_logs(path):
    while True:
        time.sleep(1.0)


def init_worker(log_path):
    flusher = threading.Thread(target=_flush_logs, args=(log_path,), daemon=True)
    flusher.start()
