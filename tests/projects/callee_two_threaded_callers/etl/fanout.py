"""Case callee_two_threaded_callers.

rules.md, Across modules > evidence flows to the callee: "one finding per sink, whatever the
number of callers (the message names the first)". etl/orders.py and etl/customers.py both
start threads and both call fan_out(): one FRK001 here.
"""
import multiprocessing


def _apply(row):
    return row


def fan_out(rows):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_apply, rows)
