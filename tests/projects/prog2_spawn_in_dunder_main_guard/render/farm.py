"""Render farm: frames in worker processes."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _render_frame(name):
    return name + ".png"


def _encode(name):
    return name + ".mp4"


def render_all(frames):
    with ProcessPoolExecutor(max_workers=4) as ex:
        return list(ex.map(_render_frame, frames))


def encode_legacy(frames):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        return pool.map(_encode, frames)
