"""Render stages; render_scene() hands the frames to the worker pool."""
from render.workers import spawn_pool


def render_scene(frames):
    return spawn_pool(list(frames))
