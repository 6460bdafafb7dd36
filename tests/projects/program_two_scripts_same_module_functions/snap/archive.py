"""Snapshot archiving in a default-method process pool."""
from concurrent.futures import ProcessPoolExecutor


def _pack(path):
    return path


def archive_all(paths):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_pack, paths))
