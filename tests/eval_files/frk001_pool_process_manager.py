"""FRK001: multiprocessing.Pool, multiprocessing.pool.Pool, multiprocessing.Process, multiprocessing.Manager in several import spellings; the billiard/multiprocess look-alikes are not sinks (rules.md sink table row 1, look-alike modules)."""
import multiprocessing
import multiprocessing as mp
import multiprocessing.pool
import threading
from multiprocessing import Manager, Process
from multiprocessing.pool import Pool

import billiard
import multiprocess

_jobs_done = threading.Semaphore(0)


def _square(x):
    return x * x


def squares(xs):
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(_square, xs)


def squares_lazy(xs):
    pool = multiprocessing.pool.Pool()  # error: FRK001:12
    return pool.imap_unordered(_square, xs)


def squares_alias(xs):
    with mp.Pool(processes=2) as pool, Pool(2) as spare:  # error: FRK001:10, FRK001:40
        return pool.map(_square, xs) + spare.map(_square, xs)


def launch(target):
    first = mp.Process(target=target)  # error: FRK001:13
    second = Process(target=target, daemon=True)  # error: FRK001:14
    first.start()
    second.start()
    return first, second


def shared_dict():
    manager = Manager()  # error: FRK001:15
    return manager, manager.dict()


def shared_list():
    with mp.Manager() as m:  # error: FRK001:10
        return list(m.list([1, 2, 3]))


def celery_style(xs):
    with billiard.Pool(2) as pool:
        a = pool.map(_square, xs)
    proc = multiprocess.Process(target=print, args=(a,))
    proc.start()
    return multiprocess.Pool(2).map(_square, xs)
