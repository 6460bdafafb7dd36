"""Safe: a spawn context bound in the same function, used by every kind of default sink.

rules.md, "Safe": "a call that uses a context from get_context("spawn") ... inline or through a
name bound in the same function" (`ctx.Pool()`, `ctx.Process()`, `ctx.Manager()`,
`ProcessPoolExecutor(mp_context=ctx)`), and a manager built with `ctx=` a spawn context.  The
module has thread evidence (`Timer` through `from threading import Timer`), so only the safe
forms keep it quiet.
Expected: no finding.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager
from threading import Timer


def _flush():
    print("flush")


def schedule_flush(delay=30.0):
    timer = Timer(delay, _flush)
    timer.daemon = True
    timer.start()
    return timer


def convert_one(path):
    return path.replace(".tif", ".png")


def convert(paths):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        done = pool.map(convert_one, paths)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        done += list(ex.map(convert_one, paths))
    proc = ctx.Process(target=convert_one, args=(paths[0],))
    proc.start()
    proc.join()
    return done


def shared_state():
    ctx = multiprocessing.get_context("spawn")
    manager = SyncManager(ctx=ctx)
    manager.start()
    return manager, ctx.Manager()


def one_off(path):
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as ex:
        return ex.submit(convert_one, path).result()
