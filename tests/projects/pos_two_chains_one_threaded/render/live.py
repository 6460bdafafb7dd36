"""Intermediate of the threaded chain: no evidence of its own, no sink."""
from render import farm


def schedule(frames):
    ordered = sorted(frames)
    return farm.render_frames(ordered)
