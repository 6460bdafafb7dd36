"""FRK001: pool and process spellings, and a local `Process` subclass two levels deep.

rules.md, "Sinks": `multiprocessing.Pool`, `multiprocessing.pool.Pool`, `multiprocessing.Manager`,
and "constructing a local subclass of multiprocessing.Process (any depth)"; names resolved through
`from multiprocessing import Pool as MPool` and `from multiprocessing import Process`.
Evidence: `_thread.start_new_thread` inside a function.
Expected: FRK001 at `multiprocessing.pool.Pool(`, `MPool(`, `ExportJob(` and
`multiprocessing.Manager()`; defining the subclasses is not a sink.
"""
import _thread
import multiprocessing
import multiprocessing.pool
import time
from multiprocessing import Pool as MPool
from multiprocessing import Process


def _watch_disk():
    while True:
        time.sleep(30)


def start_disk_watch():
    return _thread.start_new_thread(_watch_disk, ())


class _Job(Process):
    def __init__(self, path):
        super().__init__(daemon=True)
        self.path = path


class ExportJob(_Job):
    def run(self):
        with open(self.path, "w") as fh:
            fh.write("done\n")


def _square(x):
    return x * x


def squares(n):
    pool = multiprocessing.pool.Pool(processes=2)  # error: FRK001:12
    try:
        return pool.map(_square, range(n))
    finally:
        pool.close()


def cubes(n):
    with MPool(2) as pool:  # error: FRK001:10
        return [pool.apply(_square, (i,)) * i for i in range(n)]


def export(path):
    job = ExportJob(path)  # error: FRK001:11
    job.start()
    job.join()


def shared():
    return multiprocessing.Manager()  # error: FRK001:12
