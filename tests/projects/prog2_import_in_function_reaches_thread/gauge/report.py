"""Render the reports in worker processes."""
import json
from concurrent.futures import ProcessPoolExecutor


def _render(path):
    with open(path) as fh:
        return len(json.load(fh))


def write_reports(paths):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return sum(ex.map(_render, paths))
