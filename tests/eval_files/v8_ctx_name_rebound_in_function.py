"""v8_ctx_name_rebound_in_function.

rules.md, "Sinks" details and "Safe": a context bound to a name follows that name, "bound in
the same function or at module level". The module binds `ctx = mp.get_context("spawn")`; a
function that does not rebind `ctx` uses that safe context. Two functions rebind `ctx`
locally, which shadows the module name inside them: `mp.get_context()` (default, so each call
on it is FRK001) and `mp.get_context("fork")` (FRK002 once, at that call, not again at
`ctx.Pool()`). Evidence: a threading.Thread started in a method.
Expected: FRK001 in index_default, FRK002 in index_forked, nothing in index_spawned.
"""
import multiprocessing as mp
import threading
import time

ctx = mp.get_context("spawn")


def index(doc):
    return sorted(set(doc.split()))


def _flush_loop(interval):
    while True:
        time.sleep(interval)


class Indexer:
    def __init__(self, interval=5.0):
        self.interval = interval
        self._flusher = None

    def start(self):
        self._flusher = threading.Thread(target=_flush_loop, args=(self.interval,), daemon=True)
        self._flusher.start()


def index_spawned(docs):
    with ctx.Pool(2) as pool:
        return pool.map(index, docs)


def index_default(docs):
    ctx = mp.get_context()
    with ctx.Pool(2) as pool:  # error: FRK001:10
        return pool.map(index, docs)


def index_forked(docs):
    ctx = mp.get_context("fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        return pool.map(index, docs)


def main():
    Indexer().start()
    docs = ["a b c", "b c d"]
    index_spawned(docs)
    index_default(docs)
    index_forked(docs)


if __name__ == "__main__":
    main()
