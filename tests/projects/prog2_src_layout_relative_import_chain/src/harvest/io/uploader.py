"""Parallel uploads."""
from concurrent import futures


def _upload(path):
    with open(path, "rb") as fh:
        return len(fh.read())


def upload_all(paths):
    with futures.ThreadPoolExecutor(max_workers=8) as pool:
        return sum(pool.map(_upload, paths))
