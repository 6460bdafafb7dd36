"""Imports app.heartbeat but never calls start_heartbeat: no evidence."""
import multiprocessing

from app import heartbeat


def _noop(item):
    return item


def interval():
    return heartbeat.__name__


def run_all(items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_noop, items)
