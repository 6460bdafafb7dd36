"""Imports only the settings module: the Pool is not reported."""
import multiprocessing

from plugins import settings


def pack(index):
    return index * 2


def archive():
    with multiprocessing.Pool(settings.SHARDS) as pool:
        return pool.map(pack, range(settings.SHARDS))
