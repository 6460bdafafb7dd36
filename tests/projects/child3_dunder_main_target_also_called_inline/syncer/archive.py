"""Archive the synced trees."""
import shutil
from concurrent.futures import ProcessPoolExecutor


def _pack_one(path):
    return shutil.make_archive(path, "gztar", path)


def pack(paths):
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        archives = list(executor.map(_pack_one, paths))
    return 0 if archives else 1
