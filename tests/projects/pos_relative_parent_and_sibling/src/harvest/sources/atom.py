"""Atom normalisation in a process pool; called from rss.harvest()."""
from concurrent.futures import ProcessPoolExecutor


def _norm(item):
    return item


def normalise(items):
    with ProcessPoolExecutor(max_workers=2) as pool:  # error: FRK001:10
        return list(pool.map(_norm, items))
