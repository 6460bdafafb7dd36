"""Parsing pipeline with a default-start-method pool (safe here: see crawler/main.py)."""
from concurrent.futures import ProcessPoolExecutor


def _parse(page):
    return page.strip()


def run(pages):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_parse, pages))
