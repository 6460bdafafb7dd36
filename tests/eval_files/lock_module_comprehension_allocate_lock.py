"""Evidence: _thread.allocate_lock() inside a module-level dict comprehension (rules.md: module-level locks, "module-level comprehensions", `_thread.allocate_lock`)."""
import _thread
import multiprocessing

N_SHARDS = 16
_shard_locks = {i: _thread.allocate_lock() for i in range(N_SHARDS)}
_shards = [dict() for _ in range(N_SHARDS)]


def put(key, value):
    i = hash(key) % N_SHARDS
    with _shard_locks[i]:
        _shards[i][key] = value


def snapshot_to_disk(path):
    writer = multiprocessing.Process(target=_write, args=(path, list(_shards)))  # error: FRK001:14
    writer.start()
    return writer


def _write(path, shards):
    with open(path, "w") as fh:
        fh.write(repr(shards))
