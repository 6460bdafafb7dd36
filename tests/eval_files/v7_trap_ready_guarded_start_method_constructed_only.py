"""v7_trap_ready_guarded_start_method_constructed_only: readiness look-alikes that break nothing.

Clause: FRK104 exempts set_start_method at import time "inside try: ... except RuntimeError";
FRK102 needs a process *started* at import time ("merely constructing a ProcessPoolExecutor or
Process is fine": both are only started from start()/resize()); FRK101 is about process targets
and tasks, not a lambda given to threading.Timer. set_start_method("forkserver") makes the
default-method sinks safe although the module starts a Timer.
Expected: no finding.
"""
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor

try:
    mp.set_start_method("forkserver")
except RuntimeError:
    pass


def _resize(path):
    return path + ".small"


def _serve_forever():
    while True:
        threading.Event().wait(60)


_EXECUTOR = ProcessPoolExecutor(max_workers=2)
_SERVER = mp.Process(target=_serve_forever, daemon=True)


def resize(paths):
    return list(_EXECUTOR.map(_resize, paths))


def start():
    _SERVER.start()
    reminder = threading.Timer(300, lambda: print("still resizing"))
    reminder.daemon = True
    reminder.start()


if __name__ == "__main__":
    start()
    print(resize(["a.png", "b.png"]))
