"""Imports and calls the unparsable module: it has no effects, so no evidence here."""
import multiprocessing

from svc import broken


def _line(item):
    return item


def report(items):
    broken.start_everything()
    with multiprocessing.Pool() as pool:
        return pool.map(_line, items)
