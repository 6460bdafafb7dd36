"""The project's own scheduler module (named like the standard library's sched, which is not a
catalog module). It starts its tick thread on import."""
import threading
import time


def _tick():
    while True:
        time.sleep(1)


threading.Thread(target=_tick, name="sched-tick", daemon=True).start()
