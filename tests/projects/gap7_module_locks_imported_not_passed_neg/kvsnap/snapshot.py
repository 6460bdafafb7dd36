"""gap7_module_locks_imported_not_passed_neg.

Clause: "What a module passes on" -- "Module-level *locks* of other modules are not passed on:
a lock alone cannot be held by another thread." snapshot.py imports STORE_LOCK / SNAPSHOT_DONE
and calls Registry.snapshot() from kvsnap/locks.py, which only creates locks at import time and
starts no thread. No entry points.
Expected: no findings (the multiprocessing.Pool in dump() has no evidence).
"""
import multiprocessing
import pickle

from kvsnap.locks import SNAPSHOT_DONE, STORE_LOCK, Registry


def encode_shard(items):
    return pickle.dumps(dict(items), protocol=pickle.HIGHEST_PROTOCOL)


def dump(store, path, shards=4):
    with STORE_LOCK:
        items = sorted(store.items())
    chunks = [items[i::shards] for i in range(shards)]
    with multiprocessing.Pool(shards) as pool:
        blobs = pool.map(encode_shard, chunks)
    with open(path, "wb") as fh:
        pickle.dump({"stores": Registry.snapshot(), "shards": blobs}, fh)
    SNAPSHOT_DONE.set()
    return len(items)
