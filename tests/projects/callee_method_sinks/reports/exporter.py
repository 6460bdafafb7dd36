"""Case callee_method_sinks.

rules.md, Across modules > evidence flows to the callee, with methods "resolved through the
project": reports/scheduler.py (a threaded module) does `exporter = Exporter(...)` then
`exporter.flush()`, and `Archiver().compress()`. The pools in those two methods are reported
here. Exporter.rebuild() is called by nobody and stays silent.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _write(row):
    return row


class Exporter:
    def __init__(self, target):
        self.target = target
        self.rows = []

    def flush(self):
        with ProcessPoolExecutor() as pool:  # error: FRK001:14
            return list(pool.map(_write, self.rows))

    def rebuild(self):
        with ProcessPoolExecutor() as pool:
            return list(pool.map(_write, self.rows))


class Archiver:
    def compress(self, paths=()):
        with multiprocessing.Pool() as pool:  # error: FRK001:14
            return pool.map(_write, list(paths))
