"""Image resizing in a default-method pool: safe, the program sets spawn."""
from concurrent.futures import ProcessPoolExecutor


def _resize(path):
    return path


def resize_all(paths):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_resize, paths))
