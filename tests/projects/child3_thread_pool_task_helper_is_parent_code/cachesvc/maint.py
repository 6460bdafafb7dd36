"""Nightly maintenance."""
import multiprocessing
import os
import sys

from cachesvc import jobs


def _stat(path):
    return os.path.getsize(path) if os.path.exists(path) else 0


def nightly(paths):
    total = jobs.compact(paths)
    with multiprocessing.Pool(2) as pool:
        sizes = pool.map(_stat, paths)
    return total, sum(sizes)


if __name__ == "__main__":
    print(nightly(sys.argv[1:]))
