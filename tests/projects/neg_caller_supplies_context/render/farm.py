"""Render farm front end: uploads on a thread pool, renders in spawn-context process pools."""
import multiprocessing
from concurrent.futures import ThreadPoolExecutor

from render import pools


def _upload(frame):
    return frame


def render_job(frames):
    ctx = multiprocessing.get_context("spawn")
    with pools.make_executor(max_workers=2, mp_context=ctx) as executor:
        rendered = list(executor.map(pools.render_frame, frames))
    rendered += pools.run_in(ctx, frames)
    with pools.executor_for(ctx, 2) as executor:
        rendered += list(executor.map(pools.render_frame, frames))
    with ThreadPoolExecutor(max_workers=4) as uploads:
        return list(uploads.map(_upload, rendered))
