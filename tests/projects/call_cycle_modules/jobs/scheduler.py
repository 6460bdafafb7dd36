"""Case call_cycle_modules.

rules.md, Across modules > Functions and classes: effects hold "transitively through further
project calls (cycles resolved to a fixpoint)". scheduler.tick() and retry.requeue() call each
other (and the modules import each other); requeue() starts a Timer, so tick() starts threads
and this module (which calls requeue) and jobs/runner.py (which calls tick) have evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from jobs import retry

PENDING = []


def tick():
    if PENDING:
        retry.requeue(PENDING.pop())


def _run(job):
    return job


def flush(jobs):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_run, jobs))
