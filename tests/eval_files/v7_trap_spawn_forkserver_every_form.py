"""v7_trap_spawn_forkserver_every_form: spawn/forkserver contexts passed in every listed way.

Clause: Safe -- "a call that uses a context from get_context("spawn") or get_context("forkserver"),
inline or through a name bound in the same function or at module level (ctx =
mp.get_context("spawn"), then ctx.Pool() or ProcessPoolExecutor(mp_context=ctx))"; method=
keyword form; managers built with ctx= are not the ctx-less sink. Evidence: module-level
threading.Event(). All targets and tasks are module-level functions with picklable arguments.
Expected: no finding.
"""
import concurrent.futures as cf
import multiprocessing as mp
import threading
from multiprocessing.managers import SyncManager

_SPAWN = mp.get_context(method="spawn")
_READY = threading.Event()


def _work(item):
    return item[::-1]


def run_inline(items):
    with cf.ProcessPoolExecutor(mp_context=mp.get_context("forkserver")) as ex:
        return list(ex.map(_work, items))


def run_local(items):
    ctx = mp.get_context("forkserver")
    with ctx.Pool(2) as pool:
        first = pool.map(_work, items)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        second = list(ex.map(_work, items))
    return first, second


def run_module_ctx(items):
    proc = _SPAWN.Process(target=_work, args=(items,))
    proc.start()
    proc.join()
    with _SPAWN.Manager() as manager:
        shared = list(manager.list(items))
    mgr = SyncManager(ctx=_SPAWN)
    mgr.start()
    mgr.shutdown()
    return shared


def run_once(item):
    proc = mp.get_context("spawn").Process(target=_work, args=(item,))
    proc.start()
    proc.join()
