"""Thumbnails in a default-method process pool."""
import multiprocessing


def _thumb(path):
    return path + ".png"


def make_all(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_thumb, paths)
