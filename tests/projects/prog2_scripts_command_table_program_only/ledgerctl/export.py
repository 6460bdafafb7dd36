"""Ledger export commands."""
import multiprocessing


def _render(path):
    with open(path, "rb") as fh:
        return len(fh.read())


def export_all(paths):
    if not paths:
        return 0
    total = 0
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        for size in pool.map(_render, paths):
            total += size
    return total


def verify_all(paths):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        return sum(pool.map(_render, paths))
