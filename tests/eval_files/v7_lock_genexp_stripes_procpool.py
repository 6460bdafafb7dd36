"""v7_lock_genexp_stripes_procpool: locks built by a module-level generator expression.

Clause: Evidence -- "module-level comprehensions" run at import. A generator expression consumed
at module level by tuple() is a comprehension that runs at import (it has its own scope in the
AST, but it is not a function body or a lambda).
READING: a module-level generator expression counts like the list/dict/set comprehensions.
Expected: FRK001 at concurrent.futures.ProcessPoolExecutor(...) in compress_all().
"""
import concurrent.futures
import gzip
import hashlib
import shutil
import threading

_STRIPES = tuple(threading.Lock() for _ in range(16))


def _stripe(key):
    return _STRIPES[int(hashlib.md5(key.encode()).hexdigest(), 16) % len(_STRIPES)]


def _compress(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path + ".gz"


def compress_all(paths, manifest):
    with concurrent.futures.ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        for out in pool.map(_compress, paths):
            with _stripe(out):
                manifest.append(out)
    return manifest
