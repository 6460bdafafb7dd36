"""Trap (version 2): threads started only in process-pool tasks and a pool initializer.

Situation: `_init_worker` (a `multiprocessing.Pool` initializer, passed through the name `init`
bound in the same scope) starts a `threading.Timer`; `_render` (a task given to `pool.map` and
to `ProcessPoolExecutor.submit`) runs a `ThreadPoolExecutor` inside the worker. Nothing in the
parent starts a thread or creates a module-level lock.

rules.md, Corrections (version 2): "a *process* pool or executor task (`pool.map(f, ...)`,
`executor.submit(f, ...)` on a multiprocessing pool or a `ProcessPoolExecutor`; ...) or a
process pool's `initializer=` runs in the child, also when passed through a name bound to it in
the same scope. Its threads are evidence for forks made inside that child only, never for the
parent".
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding at `multiprocessing.Pool(...)` or `ProcessPoolExecutor(...)`.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _report():
    print("worker alive")


def _init_worker(level):
    print("log level", level)
    threading.Timer(60.0, _report).start()


def _render_tile(tile):
    return tile.upper()


def _render(page):
    with ThreadPoolExecutor(max_workers=4) as tiles:
        return list(tiles.map(_render_tile, page))


def render_all(pages):
    init = _init_worker
    with multiprocessing.Pool(4, initializer=init, initargs=("INFO",)) as pool:
        return pool.map(_render, pages)


def render_one(page):
    with ProcessPoolExecutor(max_workers=2) as executor:
        return executor.submit(_render, page).result()
