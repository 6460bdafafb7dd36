"""Telemetry reporter thread, started on demand."""
import threading
import time


def _report():
    while True:
        time.sleep(10)


def start_reporter():
    threading.Thread(target=_report, name="tally-telemetry", daemon=True).start()
