"""The **kwargs half, under forksafe-scope = module: own evidence from a module-level lock."""
import threading
from concurrent.futures import ProcessPoolExecutor

_STATS_LOCK = threading.Lock()


def _work(item):
    return item


def run_configured(items, opts):
    with ProcessPoolExecutor(**opts) as pool:
        return list(pool.map(_work, items))


def run_display(items):
    opts = {"max_workers": 2}
    with ProcessPoolExecutor(**opts) as pool:  # error: FRK001:10
        return list(pool.map(_work, items))
