"""Case thread_pool_tasks_parent.

rules.md, Corrections (version 2): "a thread pool's tasks run in the parent". poll() is only
used as a ThreadPoolExecutor task (feeds/scheduler.py); it starts a Timer, which stays
evidence for this module, so archive() is reported. Contrast feeds/gallery.py, whose thread
starter runs only as a ProcessPoolExecutor task.
"""
import threading
from concurrent.futures import ProcessPoolExecutor


def poll(url):
    retry = threading.Timer(30.0, print, args=(url,))
    retry.start()
    return url


def _gzip(path):
    return path


def archive(paths):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_gzip, paths))
