"""Thumbnail generation in worker processes."""
import multiprocessing


def _thumb(path):
    return path


def make_thumbnails(paths):
    workers = [multiprocessing.Process(target=_thumb, args=(path,)) for path in paths]  # error: FRK001:16
    for worker in workers:
        worker.start()
    return workers
