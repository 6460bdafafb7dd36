"""v8_fork_ctx_class_attribute_once.

rules.md, "Sinks" details: a fork context is reported once, at its `get_context("fork")`
call, also when that call is a class attribute; the calls made later through
`self._ctx` (a receiver the checker cannot resolve, and a fork context already reported) add
nothing. Class attributes and `self` attributes holding spawn / forkserver contexts are safe.
Evidence: `threading.Lock()` in the class body (class bodies run at import time).
Expected: one FRK002, at the class attribute.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def render(frame):
    return frame * 2


class FrameRenderer:
    _lock = threading.Lock()
    _ctx = multiprocessing.get_context("fork")  # error: FRK002:12
    _spawn_ctx = multiprocessing.get_context("spawn")

    def __init__(self, workers=2):
        self.workers = workers
        self._server_ctx = multiprocessing.get_context("forkserver")

    def render_all(self, frames):
        with self._ctx.Pool(self.workers) as pool:
            return pool.map(render, frames)

    def render_executor(self, frames):
        with ProcessPoolExecutor(self.workers, mp_context=self._ctx) as ex:
            return list(ex.map(render, frames))

    def render_isolated(self, frame):
        proc = self._spawn_ctx.Process(target=render, args=(frame,))
        proc.start()
        proc.join()

    def render_served(self, frames):
        with ProcessPoolExecutor(self.workers, mp_context=self._server_ctx) as ex:
            return list(ex.map(render, frames))


def main():
    renderer = FrameRenderer()
    with FrameRenderer._lock:
        renderer.render_all([1, 2, 3])
    renderer.render_executor([4, 5])
    renderer.render_isolated(6)
    renderer.render_served([7, 8])


if __name__ == "__main__":
    main()
