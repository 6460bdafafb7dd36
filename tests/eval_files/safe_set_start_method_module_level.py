"""Safe: a module-level `set_start_method("spawn", force=True)` (from-imported) makes every default-method sink safe, including a started SyncManager and a local Process subclass (rules.md "Safe")."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import Manager, Pool, Process, set_start_method
from multiprocessing.managers import SyncManager

set_start_method("spawn", force=True)

_io = ThreadPoolExecutor(max_workers=8)


class Indexer(Process):
    def run(self):
        print("indexing")


def build(docs):
    indexer = Indexer()
    indexer.start()
    with Pool(2) as pool, ProcessPoolExecutor() as ex:
        return pool.map(len, docs), list(ex.map(len, docs))


def state():
    SyncManager().start()
    return Manager()
