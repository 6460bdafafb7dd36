"""Intermediate of the unthreaded chain (sibling imported with `from . import farm`)."""
from . import farm


def build(frames):
    return farm.render_thumbnails(frames[:10])
