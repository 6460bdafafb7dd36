"""v4_safe_spawn_forkserver_contexts: spawn and forkserver contexts, module-level, local and inline.

rules.md, Sinks, Safe: "a call that uses a context from get_context("spawn") or
get_context("forkserver"), inline or through a name bound in the same function or at module
level (ctx = mp.get_context("spawn"), then ctx.Pool() or ProcessPoolExecutor(mp_context=ctx))";
``method=`` keyword form; managers built with ``ctx=`` a spawn context are not sinks ("built
without ctx= (or with ctx=None)"). The module has thread evidence (a module-level
``threading.Timer``, started in a function). Expected: nothing.
"""
import concurrent.futures as cf
import multiprocessing as mp
import threading
from multiprocessing.managers import SyncManager

_SPAWN = mp.get_context("spawn")


def _reap():
    print("reaping idle workers", flush=True)


_REAPER = threading.Timer(60.0, _reap)


def start_reaper():
    _REAPER.daemon = True
    _REAPER.start()


def _work(item):
    return item[::-1]


def pool_map(items):
    with _SPAWN.Pool(2) as pool:
        return pool.map(_work, items)


def executor_map(items):
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=_SPAWN) as ex:
        return list(ex.map(_work, items))


def shared_list():
    with _SPAWN.Manager() as manager:
        return list(manager.list(["a", "b"]))


def local_context(item):
    ctx = mp.get_context(method="forkserver")
    proc = ctx.Process(target=_work, args=(item,))
    proc.start()
    manager = SyncManager(ctx=ctx)
    manager.start()
    return proc, manager


def inline_contexts(items):
    proc = mp.get_context("spawn").Process(target=_work, args=(items[0],))
    proc.start()
    with cf.ProcessPoolExecutor(mp_context=mp.get_context("forkserver")) as ex:
        return proc, list(ex.map(_work, items))
