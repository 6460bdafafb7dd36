"""Ingest service: a queue consumer thread feeding both parsers."""
import queue
import threading

from ingest.parsers import parse_fast, parse_safe

INBOX = queue.Queue()


def _consume():
    while True:
        INBOX.get()


def start(blobs):
    threading.Thread(target=_consume, daemon=True).start()
    return parse_safe(blobs), parse_fast(blobs)
