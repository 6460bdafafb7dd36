"""Case callee_unthreaded_caller_only.

rules.md, Across modules: "A sink whose module has no evidence of any kind (its own, passed on
by imports, calls or callers, or its program's) is never reported." The only caller,
etl/orders.py, starts no threads, so nothing is reported.
"""
import multiprocessing


def _apply(row):
    return row


def fan_out(rows):
    with multiprocessing.Pool() as pool:
        return pool.map(_apply, rows)
