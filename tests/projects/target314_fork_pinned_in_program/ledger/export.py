"""Ledger export with a default-start-method pool."""
from concurrent.futures import ProcessPoolExecutor


def _post(entry):
    return entry


def export_all(entries):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_post, entries))
