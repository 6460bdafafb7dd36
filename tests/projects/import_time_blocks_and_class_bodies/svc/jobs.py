"""Imports svc.pools (class-body executor)."""
from concurrent.futures import ProcessPoolExecutor

from svc.pools import Shared


def _crunch(item):
    return item


def nightly(items):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return Shared, list(pool.map(_crunch, items))
