"""Imports the vendored tracing shim; vendor/ is the second of the configured source roots."""
import multiprocessing

import tracing_shim  # noqa: F401


def _row(item):
    return item


def export(items):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_row, items)
