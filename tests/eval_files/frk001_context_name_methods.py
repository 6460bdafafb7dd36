"""FRK001: a default context bound to a module-level name follows that name.

rules.md, "Details of the table": `_CTX = mp.get_context()` at module level "makes every
_CTX.Pool() / _CTX.Process() / _CTX.Manager() a default-method sink, reported at each such call".
"Safe": a spawn/forkserver context bound in the same function.  Scopes: a local `_CTX` bound to a
spawn context inside run_pool_spawn() shadows the module-level name there.
Evidence: a module-level `threading.Lock()`.
Expected: FRK001 at `_CTX.Pool(`, `_CTX.Process(` and `_CTX.Manager()`; the module-level
`get_context()` call itself and the spawn/forkserver uses are silent.
"""
import multiprocessing as mp
import threading

_CTX = mp.get_context()
_STATS_LOCK = threading.Lock()
_STATS = {"jobs": 0}


def _work(item):
    return item * 2


def _count():
    with _STATS_LOCK:
        _STATS["jobs"] += 1


def run_pool(items):
    _count()
    with _CTX.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_work, items)


def run_one(item):
    proc = _CTX.Process(target=_work, args=(item,))  # error: FRK001:12
    proc.start()
    return proc


def shared_state():
    return _CTX.Manager()  # error: FRK001:12


def run_pool_spawn(items):
    _CTX = mp.get_context("spawn")
    with _CTX.Pool(2) as pool:
        return pool.map(_work, items)


def run_one_forkserver(item):
    ctx = mp.get_context("forkserver")
    proc = ctx.Process(target=_work, args=(item,))
    proc.start()
    return proc
