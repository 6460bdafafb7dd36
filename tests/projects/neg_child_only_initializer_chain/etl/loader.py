"""Case neg_child_only_initializer_chain (expected: no finding).

rules.md, Corrections v2: "Code that runs only in a child process is not evidence for the
parent's forks: a function (or what it calls) that the project uses only as ... a process
pool's `initializer=` runs in the child, also when passed through a name bound to it in the
same scope. Its threads are evidence for forks made inside that child only". worker_init.setup
-> telemetry.start_exporter() starts a thread, but setup is used only as `initializer=` of a
ProcessPoolExecutor and (through the name `init`) of a multiprocessing.Pool. The parent module
starts nothing, so neither default-method pool is reported.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from etl import worker_init


def _load(row):
    return row


def load_rows(rows):
    with ProcessPoolExecutor(max_workers=2, initializer=worker_init.setup) as pool:
        return list(pool.map(_load, rows))


def load_legacy(rows):
    init = worker_init.setup
    with multiprocessing.Pool(2, initializer=init) as pool:
        return pool.map(_load, rows)
