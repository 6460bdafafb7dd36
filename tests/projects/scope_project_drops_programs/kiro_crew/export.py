"""Log export in a process pool. Linked to threads only through the program."""
from concurrent.futures import ProcessPoolExecutor


def _pack(path):
    return path


def export_logs(paths):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_pack, paths))
