"""Ledger repair tool, imported by nothing: in no program, no evidence."""
import multiprocessing


def _fix(path):
    return path


def repair_all(paths):
    with multiprocessing.Pool() as pool:
        return pool.map(_fix, paths)
