"""Old resizer, imported by nothing (in no program): its own thread, a default pool."""
import threading
from concurrent.futures import ProcessPoolExecutor


def _resize(path):
    return path


def resize_v1(paths):
    threading.Thread(target=print, args=("v1",), daemon=True).start()
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_resize, paths))
