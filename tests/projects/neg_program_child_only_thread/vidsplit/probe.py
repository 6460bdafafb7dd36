"""Probing and thumbnails, in the parent; the program's only thread is child-only."""
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor


def _probe_one(path):
    return [path + ".seg0", path + ".seg1"]


def _lower_priority():
    os.nice(5)


def scan(paths):
    with ProcessPoolExecutor() as ex:
        return [seg for segs in ex.map(_probe_one, paths) for seg in segs]


def thumbnail(segment):
    return subprocess.run(["ffmpeg", "-i", segment, "thumb.png"], preexec_fn=_lower_priority)
