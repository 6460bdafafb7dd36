"""Replication thread; started only through backfill.py's step table or a SIGHUP handler."""
import threading
import time


def _replicate():
    while True:
        time.sleep(5.0)


def start_replication():
    threading.Thread(target=_replicate, daemon=True, name="replica").start()


def on_sighup(signum, frame):
    start_replication()
