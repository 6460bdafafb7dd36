"""Parsing pipeline with a default-start-method pool, called from the threaded main module."""
from concurrent.futures import ProcessPoolExecutor


def _parse(page):
    return page.strip()


def run(pages):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_parse, pages))
