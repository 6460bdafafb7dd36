"""Prefetches keys in a process pool and can detach with os.fork(); no evidence reaches it."""
import os
from concurrent.futures import ProcessPoolExecutor

from cachectl import registry


def load_key(key):
    return key, len(key)


def prefetch(keys):
    registry.register("prefetch", len(keys))
    with ProcessPoolExecutor(max_workers=4) as ex:
        return dict(ex.map(load_key, keys))


def detach():
    pid = os.fork()
    if pid:
        os._exit(0)
    os.setsid()
