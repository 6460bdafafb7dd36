"""v7_ready_frk103_lock_and_file_args: unpicklable Process args / Pool initargs under a spawn context.

Clause: FRK103 -- "an argument that cannot be pickled, in args= / kwargs= of a Process,
initargs= ...: a threading lock ..., an open file"; breaks under spawn/forkserver, here an
explicit module-level spawn context. The finding points at the argument expression.
READING: a name bound at module level to threading.Lock() is recognised as a threading lock.
The module-level lock is thread evidence, but both sinks use the spawn context: no FRK001.
Expected: FRK103 at `_WRITE_LOCK` in start_writer(); FRK103 at `open(log_path, "a")` in warm_cache().
"""
import multiprocessing
import threading

_CTX = multiprocessing.get_context("spawn")
_WRITE_LOCK = threading.Lock()


def _writer(lock, path, lines):
    with lock:
        with open(path, "a") as fh:
            fh.writelines(lines)


def _init_cache(log):
    log.write("worker ready\n")


def _lookup(key):
    return key.upper()


def start_writer(path, lines):
    proc = _CTX.Process(target=_writer, args=(_WRITE_LOCK, path, lines))  # error: FRK103:47
    proc.start()
    return proc


def warm_cache(keys, log_path):
    with _CTX.Pool(2, initializer=_init_cache, initargs=(open(log_path, "a"),)) as pool:  # error: FRK103:58
        return pool.map(_lookup, keys)
