"""v7_lock_for_loop_shard_dict: thread locks created by a module-level `for` loop.

Clause: Evidence -- a module-level lock "that runs when the module is imported: module-level
statements (also inside module-level if/try/with/for blocks)". The loop body fills a dict of
threading.Lock() objects at import time, so the module has thread evidence.
Expected: FRK001 at multiprocessing.Pool(...) in rebuild_index() (default start method).
"""
import multiprocessing
import threading
import zlib

SHARDS = ("users", "orders", "events", "audit")
_SHARD_LOCKS = {}
for _name in SHARDS:
    _SHARD_LOCKS[_name] = threading.Lock()


def shard_for(key):
    return SHARDS[zlib.crc32(key.encode()) % len(SHARDS)]


def _checksum(path):
    with open(path, "rb") as fh:
        return path, zlib.crc32(fh.read())


def record(key, value, store):
    shard = shard_for(key)
    with _SHARD_LOCKS[shard]:
        store.setdefault(shard, []).append(value)


def rebuild_index(paths):
    with multiprocessing.Pool(processes=4) as pool:  # error: FRK001:10
        return dict(pool.map(_checksum, paths))


if __name__ == "__main__":
    import sys

    print(rebuild_index(sys.argv[1:]))
