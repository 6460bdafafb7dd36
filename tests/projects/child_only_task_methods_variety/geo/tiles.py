"""Case child_only_task_methods_variety.

rules.md, Corrections (version 2), "Code that runs only in a child process": a process pool's
tasks run in the child. Read as every task-submitting method of a multiprocessing pool or a
ProcessPoolExecutor (the FRK101 row lists map, submit, apply_async, imap, starmap, ...): here
apply_async, starmap, imap_unordered and executor.map. Each task in geo/workers.py starts a
thread (Thread, Timer, ThreadPoolExecutor), only in the workers. prepare_dir() in workers.py is
parent code (called directly below) but its module has no parent thread. Expected: no finding
(the Pool and the executor here, the preexec_fn in workers.py).
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from geo import workers


def build(tiles, pairs):
    workers.prepare_dir("/var/tmp/tiles")
    with multiprocessing.Pool() as pool:
        first = pool.apply_async(workers.render_tile, (tiles[0],))
        merged = pool.starmap(workers.merge_pair, pairs)
        shaded = list(pool.imap_unordered(workers.shade, tiles))
        first.get()
    with ProcessPoolExecutor() as ex:
        stats = list(ex.map(workers.stat, tiles))
    return merged, shaded, stats
