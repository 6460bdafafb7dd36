"""v7_trap_set_start_method_forkserver_in_function: set_start_method("forkserver") in a function, imported there.

Clause: Safe -- "Default-method sinks are also safe in a module that calls
multiprocessing.set_start_method("spawn" | "forkserver") anywhere in the module (... inside a
function)"; here the name comes from an import local to configure() (resolution follows
scopes). Every default-method sink form is then safe: Pool, ProcessPoolExecutor(), Process, a
get_context() context's Manager(), a started SyncManager. Called once (no FRK104).
Expected: no finding, although _progress() starts a Thread.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_DEFAULT = multiprocessing.get_context()


def configure():
    from multiprocessing import set_start_method

    set_start_method("forkserver")


def _tile(idx):
    return idx, idx * idx


def _progress(total):
    threading.Thread(target=print, args=("tiles:", total), daemon=True).start()


def build(n):
    _progress(n)
    with multiprocessing.Pool(4) as pool:
        tiles = dict(pool.map(_tile, range(n)))
    with ProcessPoolExecutor() as ex:
        extra = dict(ex.map(_tile, range(n, 2 * n)))
    proc = multiprocessing.Process(target=_tile, args=(0,))
    proc.start()
    proc.join()
    with _DEFAULT.Manager() as manager:
        shared = dict(manager.dict(tiles))
    mgr = SyncManager()
    mgr.start()
    mgr.shutdown()
    return shared, extra


if __name__ == "__main__":
    configure()
    print(build(8))
