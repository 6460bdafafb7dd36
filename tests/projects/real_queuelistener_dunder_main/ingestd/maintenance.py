"""Vacuum job run from cron; not imported by __main__ or anything else, starts no threads."""
from concurrent.futures import ProcessPoolExecutor


def _vacuum(table):
    return table


def vacuum(tables):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_vacuum, tables))
