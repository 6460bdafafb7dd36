"""Thumbnail loading for the browser."""
from concurrent.futures import ThreadPoolExecutor


def _load(path):
    with open(path, "rb") as fh:
        return fh.read(4096)


def load_all(paths):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(_load, paths))
