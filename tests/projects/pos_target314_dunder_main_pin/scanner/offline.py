"""Offline rescan tool (run by hand, imported by nothing): its own thread and a default pool,
no fork pin. At target 3.14 the default start method is never fork: no finding."""
import threading
from concurrent.futures import ProcessPoolExecutor


def _scan(path):
    return path


def rescan(paths):
    threading.Thread(target=print, args=("rescanning",), daemon=True).start()
    with ProcessPoolExecutor() as executor:
        return list(executor.map(_scan, paths))
