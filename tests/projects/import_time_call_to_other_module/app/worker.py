"""Case import_time_call_to_other_module.

rules.md, Across modules > Import-time threads: "a call at import time to a project function that
starts threads". app.bootstrap calls app.telemetry.start() at module level, so importing
app.bootstrap starts a thread; this module imports it. app/configure.py imports app.telemetry
itself, which starts nothing on import (and never calls start()): no evidence there.
"""
import multiprocessing

from app import bootstrap  # noqa: F401


def _work(item):
    return item


def run(items):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_work, items)
