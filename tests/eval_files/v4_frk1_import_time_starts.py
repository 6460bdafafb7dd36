"""v4_frk1_import_time_starts: processes started at import time (FRK102).

rules.md, FRK102: "a process *started* at import time (module level ...) in a module that the
child imports: the main script or a module it imports at top level. Pool(...), Manager(),
Process(...).start(), an executor's first submit/map; merely constructing a
ProcessPoolExecutor or Process is fine"; the finding is at "the construction of the pool,
executor, manager or Process that gets started at import time". No thread evidence.
Expected: three FRK102 (Pool, Manager, the executor whose ``map`` runs in a module-level
``with``); nothing at the executor and the Process that are only constructed at import time.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _load(n):
    return n, n * n


def _serve():
    print("serving", flush=True)


_POOL = multiprocessing.Pool(processes=4)  # error: FRK102:9
_MANAGER = multiprocessing.Manager()  # error: FRK102:12
_SHARED = _MANAGER.dict()

with ProcessPoolExecutor(max_workers=2) as _ex:  # error: FRK102:6
    _TABLE = dict(_ex.map(_load, range(8)))

_LAZY_EXECUTOR = ProcessPoolExecutor(max_workers=2)
_SERVER = multiprocessing.Process(target=_serve, daemon=True)


def submit(n):
    return _LAZY_EXECUTOR.submit(_load, n)


def start_server():
    _SERVER.start()
    return _SERVER


def lookup(n):
    return _TABLE.get(n) or _POOL.apply(_load, (n,))
