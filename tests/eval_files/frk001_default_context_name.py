"""FRK001: a default context bound to a name - module-level `_CTX = mp.get_context()`, function-level get_context(None) - makes each .Pool()/.Process()/.Manager() on it a sink, reported at each call (rules.md sink table details, first bullet)."""
import multiprocessing as mp
import threading

_CTX = mp.get_context()
_cache = {}
_cache_lock = threading.Lock()


def warm_cache(keys):
    with _CTX.Pool(4) as pool:  # error: FRK001:10
        for key, value in zip(keys, pool.map(str, keys)):
            with _cache_lock:
                _cache[key] = value


def start_janitor():
    proc = _CTX.Process(target=_cache.clear, daemon=True)  # error: FRK001:12
    proc.start()
    return proc


def shared_state():
    return _CTX.Manager()  # error: FRK001:12


def local_default(jobs):
    ctx = mp.get_context(None)
    pool = ctx.Pool()  # error: FRK001:12
    try:
        return pool.map(str, jobs)
    finally:
        pool.close()
