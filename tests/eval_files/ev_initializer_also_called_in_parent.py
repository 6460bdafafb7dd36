"""Version-2 correction, parent side: a pool initializer that the parent also calls directly.

rules.md, "Corrections (version 2)": a process pool's `initializer=` runs in the child and is not
evidence for the parent, but "a function also called directly in the parent is parent code as
well".  `_start_heartbeat()` starts a `threading.Thread`; main() calls it itself before opening
the pool, so the parent has a thread running when the pool forks.
(Near miss: trap_child_only_initializer_and_task.py, where it runs only in the child.)
Expected: FRK001 at `multiprocessing.Pool(` in main(); nothing else.
"""
import logging
import multiprocessing
import threading
import time

log = logging.getLogger(__name__)


def _beat():
    while True:
        log.debug("alive")
        time.sleep(10)


def _start_heartbeat():
    threading.Thread(target=_beat, name="heartbeat", daemon=True).start()


def _resize(path):
    return path.upper()


def main(paths):
    _start_heartbeat()
    with multiprocessing.Pool(4, initializer=_start_heartbeat) as pool:  # error: FRK001:10
        return pool.map(_resize, paths)


if __name__ == "__main__":
    main(["a.png", "b.png"])
