"""Compression shared by the archiver and the browser."""
import multiprocessing
import zlib

SELECTED = []


def _compress_one(path):
    with open(path, "rb") as fh:
        data = fh.read()
    with open(path + ".z", "wb") as out:
        out.write(zlib.compress(data))
    return path


def compress_all(paths, jobs=4):
    with multiprocessing.Pool(processes=jobs) as pool:  # error: FRK001:10
        return pool.map(_compress_one, paths)


def compress_selected():
    return compress_all(list(SELECTED))
