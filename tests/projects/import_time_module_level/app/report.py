"""Daily report: does not import app.metrics, so nothing passes threads to it."""
import multiprocessing


def _count(path):
    with open(path) as handle:
        return sum(1 for _ in handle)


def build_report(paths):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_count, paths)
