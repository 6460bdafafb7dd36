"""neg_project_names_like_catalog.

Clause: Evidence, "Names are resolved through imports ... A name that is not bound by such an
import (a local class called `Thread`, ...) is not evidence", across modules: `Thread`, `Timer`,
`ThreadPool` and `start_new_thread` are imported here from project modules (forum.models,
forum.pools) that have nothing to do with `threading`, `multiprocessing.pool` or `_thread`,
and their bodies start no thread. Expected: no finding (the Pool here, the fork in moderate.py).
"""
import multiprocessing

from forum.models import Thread, Timer
from forum.pools import ThreadPool, start_new_thread


def render(thread):
    return "<h2>%s</h2>" % thread.title


def build_digest(titles):
    timer = Timer()
    board = {}
    threads = [Thread(title=start_new_thread(board, t), posts=[]) for t in titles]
    queue = ThreadPool(threads)
    with multiprocessing.Pool(2) as pool:
        pages = pool.map(render, queue.threads)
    return pages, timer.elapsed()
