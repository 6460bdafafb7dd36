"""Task module that warms a cache in a thread when imported (module level)."""
import threading

_CACHE = {}


def _warm_cache():
    for key in range(1000):
        _CACHE[key] = key * key


threading.Thread(target=_warm_cache, daemon=True, name="warm-cache").start()


def crunch(n):
    return _CACHE.get(n, n * n)
