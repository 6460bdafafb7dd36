"""Quick preview tool, run by hand; not imported by the CLI. It imports logsetup but never calls
configure(), so nothing here starts threads."""
from multiprocessing import Pool

from tiles import logsetup  # noqa: F401


def _thumb(tile):
    return tile


def preview(tiles):
    with Pool(2) as pool:
        return pool.map(_thumb, tiles)
