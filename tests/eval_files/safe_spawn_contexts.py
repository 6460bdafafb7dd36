"""Safe: spawn/forkserver contexts used inline, through a name bound in the same function, or through a module-level name; and receivers the checker cannot resolve (self._ctx.Pool()) are not sinks (rules.md "Safe")."""
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_SPAWN = mp.get_context("spawn")
_metrics_lock = threading.Lock()


def transform(rows):
    with mp.get_context("spawn").Pool(4) as pool:
        return pool.map(str, rows)


def transform_forkserver(rows):
    ctx = mp.get_context("forkserver")
    with ctx.Pool(4) as pool:
        return pool.map(str, rows)


def executor():
    ctx = mp.get_context(method="spawn")
    return ProcessPoolExecutor(max_workers=2, mp_context=ctx)


def executor_inline():
    return ProcessPoolExecutor(mp_context=mp.get_context("forkserver"))


def executor_module_ctx():
    return ProcessPoolExecutor(mp_context=_SPAWN)


def background(target):
    proc = _SPAWN.Process(target=target, daemon=True)
    proc.start()
    return proc


def shared():
    return _SPAWN.Manager()


def shared_sync():
    with SyncManager(ctx=_SPAWN) as m:
        return m.dict()


class JobRunner:
    def __init__(self, ctx=None, workers=4):
        self._ctx = ctx or mp.get_context("spawn")
        self._workers = workers

    def run(self, jobs):
        with self._ctx.Pool(self._workers) as pool:
            return pool.map(str, jobs)

    def manager(self):
        return self._ctx.Manager()
