"""Case callee_chain.

rules.md, Across modules > evidence flows to the callee "directly or through a chain of project
calls": frontend.serve() (threading HTTP server) -> stages.render_scene() -> spawn_pool().
The pool is reported here; render/stages.py has no sink.
"""
from concurrent.futures import ProcessPoolExecutor


def _render_frame(frame):
    return frame


def spawn_pool(frames):
    executor = ProcessPoolExecutor(max_workers=4)  # error: FRK001:16
    try:
        return list(executor.map(_render_frame, frames))
    finally:
        executor.shutdown()
