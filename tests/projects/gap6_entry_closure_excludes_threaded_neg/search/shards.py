import os
from concurrent.futures import ProcessPoolExecutor

INDEX_DIR = "/var/lib/search"


def shard_count():
    return len(os.listdir(INDEX_DIR))


def _rebuild(name):
    return name, len(name) * 1000


def rebuild_all(names):
    with ProcessPoolExecutor(max_workers=4) as pool:
        return dict(pool.map(_rebuild, names))
