"""Calls scheduler.tick(), which reaches the Timer only through the cycle."""
import multiprocessing

from jobs.scheduler import tick


def _work(item):
    return item


def run_forever(items):
    tick()
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        pool.map(_work, items)
