"""Warehouse loader with a process pool."""
from concurrent.futures import ProcessPoolExecutor


def _copy(table):
    return table


def load_all(tables):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_copy, tables))
