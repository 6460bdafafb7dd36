"""Safe: `set_start_method(method="spawn")` at module level inside `try: ... except RuntimeError`.

rules.md, "Safe": a module that calls set_start_method("spawn") anywhere makes its default-method
sinks safe ("method= keyword forms ... are the same"); calls on a default context
(`get_context()`) are default-method sinks and are covered as well.  FRK104 exempts a call
"inside try: ... except RuntimeError".
Evidence: a module-level `threading.Semaphore`.
Expected: no finding.
"""
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor

try:
    mp.set_start_method(method="spawn")
except RuntimeError:
    pass

_DOWNLOAD_SLOTS = threading.Semaphore(8)


def _fetch(url):
    with _DOWNLOAD_SLOTS:
        return url


def fetch_all(urls):
    with ProcessPoolExecutor(max_workers=4) as ex:
        return list(ex.map(_fetch, urls))


def fetch_pool(urls):
    with mp.get_context().Pool(2) as pool:
        return pool.map(_fetch, urls)


def fetch_one(url):
    proc = mp.Process(target=_fetch, args=(url,))
    proc.start()
    proc.join()
