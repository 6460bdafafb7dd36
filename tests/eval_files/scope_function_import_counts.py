"""An import inside a function counts there: the module-level `threading` is eventlet's green module (not evidence), but one function imports the real threading and constructs a Thread (rules.md: "an import inside a function counts there")."""
import multiprocessing
import os

from eventlet.green import threading

_green_lock = threading.Lock()


def start_native_heartbeat(interval: float) -> None:
    import threading  # the real module: a green thread would block the hub

    def beat():
        while True:
            os.write(2, b".")
            threading.Event().wait(interval)

    t = threading.Thread(target=beat, daemon=True)
    t.start()


def _render(page):
    return str(page)


def render_pdf(pages):
    with _green_lock:
        with multiprocessing.Pool(2) as pool:  # error: FRK001:14
            return pool.map(_render, pages)
