"""Case relative_stdlib_reexport.

rules.md, Across modules > The project and its modules: "A relative import resolves to the
project module when it exists; a name that module re-exports from the standard library
(`from threading import Thread` in compat.py) counts as that name." Thread and
ProcessPoolExecutor reach this module through `.compat`: evidence and sink. poller/legacy.py
imports from `.compat_py2`, which does not exist, so its names bind nothing the checker knows.
"""
from .compat import ProcessPoolExecutor, Thread


def _watch():
    return None


def _fetch(url):
    return url


def poll(urls):
    Thread(target=_watch, daemon=True).start()
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_fetch, urls))
