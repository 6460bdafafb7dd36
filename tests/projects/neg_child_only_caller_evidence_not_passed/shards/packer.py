"""Packs the shard outputs in a process pool; called only from parent code without threads."""
import multiprocessing


def pack(name):
    return name + ".tar"


def pack_all(names):
    with multiprocessing.Pool(2) as pool:
        return pool.map(pack, names)
