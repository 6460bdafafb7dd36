"""Tracing exporter: a call at import time to a function that starts the flusher thread."""
import queue
import threading

SERVICE_NAME = "batch-jobs"
_SPANS = queue.Queue()


def start_flusher():
    flusher = threading.Thread(target=_drain, name="span-flusher", daemon=True)
    flusher.start()
    return flusher


def _drain():
    while True:
        _SPANS.get()


_FLUSHER = start_flusher()
