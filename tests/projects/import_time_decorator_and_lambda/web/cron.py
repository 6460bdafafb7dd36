"""Imports web.sampling but never calls start_sampler: no evidence."""
from concurrent.futures import ProcessPoolExecutor

from web import sampling


def _rotate(path):
    return path


def rotate_logs(paths):
    with ProcessPoolExecutor() as pool:
        return sampling.__name__, list(pool.map(_rotate, paths))
