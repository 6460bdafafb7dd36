"""Case neg_target314_callee_defaults_dropped (expected: no finding).

rules.md, Options: "`--forksafe-target-python` ... At 3.14 or above, default-start-method sinks
(FRK001) are not reported, because the default is then never fork"; Corrections v2 keeps them
only with "a `set_start_method("fork")` in the module, or anywhere in a program that contains
it" (there is none, and no program). warehouse/ingest.py starts a thread and calls every helper
here, so at target 3.9 each would be FRK001; with forksafe-target-python = 3.14 all are dropped.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_CTX = multiprocessing.get_context()


def _work(row):
    return row


def load(rows):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_work, rows))


def aggregate(rows):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_work, rows)


def shared(rows):
    with multiprocessing.Manager() as manager:
        return list(manager.list(rows))


def lock_server():
    manager = SyncManager()
    manager.start()
    return manager


def side_job(rows):
    proc = _CTX.Process(target=_work, args=(list(rows),))
    proc.start()
    return proc
