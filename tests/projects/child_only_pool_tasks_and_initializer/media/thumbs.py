"""Case child_only_pool_tasks_and_initializer.

rules.md, Corrections (version 2): code the project uses only as "a *process* pool or executor
task (`pool.map(f, ...)`, `executor.submit(f, ...)` on a multiprocessing pool or a
ProcessPoolExecutor ...) or a process pool's `initializer=`" runs in the child and is not
evidence for the parent. init_worker (initializer), render (submit task) and resize (map task)
start threads only in the children, so the two pools in build() are not reported.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from media import metrics


def init_worker():
    metrics.start_exporter()


def _scale(size):
    return size


def render(path):
    with ThreadPoolExecutor(2) as threads:
        return list(threads.map(_scale, [64, 128]))


def resize(path):
    threading.Thread(target=print, args=(path,), daemon=True).start()
    return path


def build(paths):
    with ProcessPoolExecutor(initializer=init_worker) as executor:
        futures = [executor.submit(render, path) for path in paths]
    with multiprocessing.Pool(4) as pool:
        resized = pool.map(resize, paths)
    return [future.result() for future in futures], resized
