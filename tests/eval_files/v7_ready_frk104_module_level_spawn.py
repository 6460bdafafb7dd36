"""v7_ready_frk104_module_level_spawn: unguarded set_start_method("spawn") at import time.

Clause: FRK104 -- "set_start_method(...) at import time outside the main guard without
force=True (and not inside try: ... except RuntimeError)". The call still makes the module's
default-method sinks safe ("anywhere in the module"), so the Pool is not FRK001 although
render_all() starts a Thread.
Expected: FRK104 at mp.set_start_method("spawn") at module level.
"""
import logging
import multiprocessing as mp
import threading

mp.set_start_method("spawn")  # error: FRK104:1

log = logging.getLogger(__name__)


def _watch(stop):
    while not stop.wait(10):
        log.info("still rendering")


def _render(frame):
    return frame * 2


def render_all(frames):
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(stop,), daemon=True)
    watcher.start()
    try:
        with mp.Pool(4) as pool:
            return pool.map(_render, frames)
    finally:
        stop.set()
        watcher.join()
