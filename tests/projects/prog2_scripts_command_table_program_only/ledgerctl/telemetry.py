"""Periodic usage reporting."""
import threading
import time


def _report_loop(interval):
    while True:
        time.sleep(interval)


def start_reporter(interval=60.0):
    thread = threading.Thread(target=_report_loop, args=(interval,), daemon=True)
    thread.start()
    return thread
