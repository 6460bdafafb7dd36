"""Ingest: a watcher thread, then the worker helpers."""
import threading

from warehouse import workers


def _watch():
    return None


def ingest(rows):
    threading.Thread(target=_watch, daemon=True).start()
    workers.load(rows)
    workers.aggregate(rows)
    workers.shared(rows)
    workers.lock_server()
    return workers.side_job(rows)
