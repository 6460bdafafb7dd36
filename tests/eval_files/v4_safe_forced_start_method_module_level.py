"""v4_safe_forced_start_method_module_level: ``set_start_method("spawn", force=True)`` at import time.

rules.md, Sinks, Safe: a module-level ``set_start_method("spawn")`` makes the module's
default-method sinks safe. FRK104 flags an import-time ``set_start_method`` only "without
force=True": this one passes ``force=True`` and is the only call. Evidence:
``_thread.start_new`` and ``concurrent.futures.thread.ThreadPoolExecutor``. Expected: nothing.
"""
import _thread
import concurrent.futures.thread
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

mp.set_start_method("spawn", force=True)


def _flush_stats():
    print("stats flushed", flush=True)


def start_stats():
    return _thread.start_new(_flush_stats, ())


def _score(doc):
    return len(doc)


def _read(path):
    with open(path) as fh:
        return fh.read()


def load(paths):
    with concurrent.futures.thread.ThreadPoolExecutor(4) as io_pool:
        return list(io_pool.map(_read, paths))


def score(docs):
    with ProcessPoolExecutor(max_workers=4) as ex:
        scores = list(ex.map(_score, docs))
    with mp.Pool(2) as pool:
        again = pool.map(_score, docs)
    with mp.Manager() as manager:
        table = manager.dict(zip(docs, scores))
        return dict(table), again
