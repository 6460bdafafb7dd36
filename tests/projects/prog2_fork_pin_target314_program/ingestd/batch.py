"""Backlog processing in worker processes."""
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _parse(path):
    with open(path) as fh:
        return len(json.load(fh))


def process_backlog(paths):
    with ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        return sum(ex.map(_parse, paths))


def process_isolated(paths):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return sum(pool.map(_parse, paths))
