"""gap6_from_dot_import_sibling_callee.

Clause: "Across modules: the project" -- `from . import sibling` then `sibling.f()`;
"evidence flows to the callee". watcher.py starts a threading.Thread and calls
`archive.compress_all()` after `from . import archive`. This module has no evidence of its
own, but the sink is judged with the evidence of its callers: the default-method
multiprocessing.Pool in compress_all() is FRK001.
"""
import gzip
import multiprocessing
import shutil


def _compress_one(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path + ".gz"


def compress_all(paths):
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(_compress_one, paths)
