import threading

from cache.timing import timed

_CACHE = {}


def _load_keys(keys):
    for key in keys:
        _CACHE[key] = key.upper()


@timed
def warm_cache(keys):
    loader = threading.Thread(target=_load_keys, args=(keys,), daemon=True)
    loader.start()
    return loader
