"""Make thumbnails in worker processes."""
import hashlib
import multiprocessing
import os

THUMB_DIR = os.path.expanduser("~/.cache/photosort")


def thumbnail(path):
    with open(path, "rb") as fh:
        head = fh.read(1 << 15)
    name = hashlib.sha1(path.encode()).hexdigest() + ".bin"
    with open(os.path.join(THUMB_DIR, name), "wb") as out:
        out.write(head)
    return 1


def make_thumbnails(paths):
    os.makedirs(THUMB_DIR, exist_ok=True)
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return sum(pool.map(thumbnail, paths, chunksize=32))
