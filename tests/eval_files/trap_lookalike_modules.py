"""Not evidence: timeit.Timer, psutil.Process, billiard and multiprocess (look-alike modules, including their .dummy thread pools), so the real multiprocessing/os.fork sinks are not reported (rules.md: look-alike modules)."""
import multiprocessing
import os
import timeit
from timeit import Timer

import billiard
import psutil
from billiard.dummy import Pool as BilliardThreadPool
from multiprocess.dummy import Pool as DillThreadPool
from psutil import Process

BENCH = Timer("sorted(range(1000))")
_me = psutil.Process(os.getpid())
_bq_lock = billiard.Lock()


def benchmark():
    return timeit.Timer("sum(range(100))").timeit(number=1000)


def parent_rss():
    return Process(os.getppid()).memory_info().rss


def fetch_all(urls, fetch):
    with DillThreadPool(8) as tp:
        pages = tp.map(fetch, urls)
    with BilliardThreadPool(4) as bp:
        return bp.map(len, pages)


def crunch(values):
    with multiprocessing.Pool() as pool:
        return pool.map(abs, values)


def detach():
    if os.fork():
        os._exit(0)
