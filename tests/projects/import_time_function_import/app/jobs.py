"""Case import_time_function_import.

rules.md, Across modules > Import-time threads: "A module that imports it (anywhere in the
module: at module level, or in a function, which imports it when it runs ...) has thread
evidence". The import of app.telemetry (whose import starts a thread through a call at import
time to a project function) sits inside enable_tracing(); the pool in run_batch() is reported.
"""
import multiprocessing


def enable_tracing():
    from app import telemetry

    return telemetry.SERVICE_NAME


def _square(value):
    return value * value


def run_batch(items):
    pool = multiprocessing.Pool(processes=4)  # error: FRK001:12
    try:
        return pool.map(_square, items)
    finally:
        pool.close()
