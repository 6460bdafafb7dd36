"""Evidence: `from threading import *` binds the module's public names, so Thread(...) is threading.Thread (rules.md: import spellings)."""
from threading import *  # noqa: F403
import multiprocessing as mp


def _drain(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            return
        print("child says", msg)


def _child(conn):
    conn.send("ready")
    conn.send(None)


def run_child():
    parent_end, child_end = mp.Pipe()
    reader = Thread(target=_drain, args=(parent_end,), daemon=True)  # noqa: F405
    reader.start()
    proc = mp.Process(target=_child, args=(child_end,))  # error: FRK001:12
    proc.start()
    proc.join()
    reader.join()
