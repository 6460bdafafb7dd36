"""Evidence: locks created by a module-level `while` loop run at import time.

Situation: a sharded cache builds its shard locks in a module-level `while` loop, then fans
work out to `multiprocessing.Process` children from a function.

rules.md, Evidence: "it creates a module-level lock: a call to `threading.Lock` ... that runs
when the module is imported: module-level statements (also inside module-level
`if`/`try`/`with`/`for` blocks) ... Not inside a function body or a lambda."
rules.md, Sinks: "`multiprocessing.Process`" is a default-start-method sink (FRK001).

AMBIGUOUS: the list of blocks names `if`/`try`/`with`/`for` but not `while`. A module-level
`while` body is a module-level statement that runs when the module is imported, so this file
reads it as evidence (the brief of the corpus lists `while` among import-time blocks too).

Expected: one FRK001 at the `multiprocessing.Process(...)` call inside the list comprehension.
"""
import multiprocessing
import threading

SHARDS = 8
_shard_locks = []
while len(_shard_locks) < SHARDS:
    _shard_locks.append(threading.Lock())


def lock_for(key):
    return _shard_locks[hash(key) % SHARDS]


def _warm(key):
    with lock_for(key):
        print("warming", key)


def warm_all(keys):
    procs = [multiprocessing.Process(target=_warm, args=(k,)) for k in keys]  # error: FRK001:14
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
