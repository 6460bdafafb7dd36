"""v4_ev_dummy_process_mp_process_subclass: ``multiprocessing.dummy.Process`` is a thread.

rules.md, Evidence: constructing "multiprocessing.dummy.Process (a thread despite its name)",
here through ``from multiprocessing import dummy``. Sinks: "constructing a local subclass of
multiprocessing.Process (any depth)" (``CsvExporter`` -> ``Exporter``), ``multiprocessing.Process``
and ``multiprocessing.pool.Pool``. Defining the subclasses is not a finding.
Expected: three FRK001.
"""
import gzip
import multiprocessing
import multiprocessing.pool
import shutil
from multiprocessing import dummy


def _tail(path):
    with open(path) as fh:
        for line in fh:
            print(line, end="")


def _compress(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)


class Exporter(multiprocessing.Process):
    def __init__(self, path):
        super().__init__(daemon=True)
        self.path = path

    def run(self):
        _compress(self.path)


class CsvExporter(Exporter):
    pass


def follow(path):
    watcher = dummy.Process(target=_tail, args=(path,))
    watcher.start()
    return watcher


def export(path):
    job = CsvExporter(path)  # error: FRK001:11
    job.start()
    return job


def compress_now(path):
    proc = multiprocessing.Process(target=_compress, args=(path,))  # error: FRK001:12
    proc.start()
    proc.join()


def compress_many(paths):
    with multiprocessing.pool.Pool(2) as pool:  # error: FRK001:10
        pool.map(_compress, paths)
