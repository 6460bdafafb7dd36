"""Case real_pymongo_hub_dumpers.

Re-creation of https://github.com/biothings/biothings.api/issues/46 ("Fix the way MongoClient is
created during parallelization": "UserWarning: MongoClient opened before fork"): the hub opens
its MongoClient in the parent, then dumpers run tasks in forked worker processes; forked
processes also hang under a debugger. (PyMongo: MongoClient is not fork-safe.)

Labels (rules.md): pymongo.MongoClient is a catalog thread starter constructed at import time in
hub/db.py, imported here (Across modules > Import-time threads): the default-method pool is
FRK001.
"""
from concurrent.futures import ProcessPoolExecutor

from hub.db import src_db


def _dump_source(name):
    return name


def dump_all(sources, workers=4):
    with ProcessPoolExecutor(max_workers=workers) as pool:  # error: FRK001:10
        done = list(pool.map(_dump_source, sources))
    src_db["dump_log"].insert_many([{"source": name} for name in done])
    return done
