"""Index store with a background flusher."""
import os
import threading
import time


def _flush_loop(db):
    while True:
        time.sleep(2.0)


def _start_flusher(db):
    flusher = threading.Thread(target=_flush_loop, args=(db,), daemon=True)
    flusher.start()


def open_store(root):
    db = {"root": root, "entries": []}
    _start_flusher(db)
    return db


def compact_store(root):
    pid = os.fork()
    if pid == 0:
        os.execvp("photon-compact", ["photon-compact", root])
    os.waitpid(pid, 0)
