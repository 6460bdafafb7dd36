"""Offline maintenance helpers; run by hand, not part of the daemon.

In no program, linked to no threaded module: the Pool below is not reported.
"""
import multiprocessing
import os


def _size(name):
    return os.path.getsize(name)


def spool_usage(names):
    with multiprocessing.Pool() as pool:
        return sum(pool.map(_size, names))
