"""Archive stage: compress pages in a process pool."""
from concurrent.futures import ProcessPoolExecutor


def _gzip(page):
    return page


def compress_all(pages):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_gzip, pages))
