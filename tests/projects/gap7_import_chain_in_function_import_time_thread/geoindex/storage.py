"""Tile storage on disk; counts what it writes."""
import os

from geoindex import metrics


def tile_path(root, key):
    z, x, y = key
    return os.path.join(root, str(z), str(x), f"{y}.bin")


def save_tile(root, key, blob):
    path = tile_path(root, key)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(blob)
    metrics.count("tiles_saved")
    return path
