"""v4_trap_manager_connect_unresolved_ctx: managers that fork nothing, contexts the checker cannot resolve.

rules.md, Sinks: "a manager that only .connect()s forks nothing"; a manager is a sink only when
it is started (``.start()`` on it, or ``with``), and ``register`` is a class method, not a
construction. Details: "A receiver the checker cannot resolve (self._ctx.Pool()) is not a sink":
a context injected through ``__init__`` or passed as a parameter. The module has thread
evidence (``multiprocessing.pool.ThreadPool`` built). Expected: nothing.
"""
import multiprocessing.pool
from multiprocessing.managers import BaseManager


class QueueClient(BaseManager):
    pass


QueueClient.register("get_jobs")


def _fetch(url):
    return url


def prefetch(urls):
    pool = multiprocessing.pool.ThreadPool(4)
    try:
        return pool.map(_fetch, urls)
    finally:
        pool.close()


def connect(address, key):
    client = QueueClient(address=address, authkey=key)
    client.connect()
    return client.get_jobs()


def connect_plain(address, key):
    remote = BaseManager(address=address, authkey=key)
    remote.connect()
    return remote


class Runner:
    def __init__(self, ctx):
        self._ctx = ctx

    def run(self, items):
        with self._ctx.Pool(2) as pool:
            return pool.map(_fetch, items)

    def background(self, item):
        proc = self._ctx.Process(target=_fetch, args=(item,))
        proc.start()
        return proc


def run_with(ctx, items):
    with ctx.Manager() as manager:
        return manager.list(items)
