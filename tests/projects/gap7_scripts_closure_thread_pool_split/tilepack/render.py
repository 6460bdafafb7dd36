"""Render PNG tiles to a compact binary pack in worker processes."""
import multiprocessing
import os
import struct


def pack_tile(path):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path).encode()
    return struct.pack(">HI", len(name), len(data)) + name + data


def render_all(paths, out="tiles.pack"):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        chunks = pool.map(pack_tile, paths, chunksize=16)
    with open(out, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
    return 0
