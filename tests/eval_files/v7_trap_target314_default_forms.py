# options: --forksafe-target-python=3.14
"""v7_trap_target314_default_forms: target 3.14, every default-start-method sink, threads present.

Clause: Options -- "--forksafe-target-python ... At 3.14 or above, default-start-method sinks
(FRK001) are not reported, because the default is then never fork"; the module has no
set_start_method("fork") (v2 correction). Sinks: a local Process subclass, ProcessPoolExecutor(
mp_context=None), a get_context() context's Pool, `with SyncManager() as m`, mp.Manager().
Expected: no finding.
"""
import multiprocessing as mp
import threading
from concurrent import futures
from multiprocessing.managers import SyncManager

_CTX = mp.get_context()


class Exporter(mp.Process):
    def __init__(self, path):
        super().__init__()
        self.path = path

    def run(self):
        with open(self.path, "w") as fh:
            fh.write("exported\n")


def _sq(x):
    return x * x


def run(paths, values):
    ticker = threading.Timer(1.0, print, args=("tick",))
    ticker.start()
    for path in paths:
        Exporter(path).start()
    with futures.ProcessPoolExecutor(mp_context=None) as ex:
        squares = list(ex.map(_sq, values))
    with _CTX.Pool(2) as pool:
        again = pool.map(_sq, values)
    with SyncManager() as mgr:
        table = dict(mgr.dict(zip(values, squares)))
    with mp.Manager() as manager:
        copied = list(manager.list(again))
    ticker.cancel()
    return squares, again, table, copied
