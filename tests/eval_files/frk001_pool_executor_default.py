"""FRK001: ProcessPoolExecutor in both spellings - without mp_context, with mp_context=None, and with mp_context=get_context() (one finding, at the executor call) (rules.md sink table row 1)."""
import concurrent.futures
import concurrent.futures.process
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context

_stats_lock = threading.Lock()
_stats = {"jobs": 0}


def _render(page):
    return page.upper()


def render_site(pages):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        futures = [ex.submit(_render, p) for p in pages]
        return [f.result() for f in as_completed(futures)]


def render_site_legacy(pages):
    ex = concurrent.futures.process.ProcessPoolExecutor(max_workers=2)  # error: FRK001:10
    try:
        return list(ex.map(_render, pages))
    finally:
        ex.shutdown()


def render_explicit_none(pages, workers=None):
    ex = concurrent.futures.ProcessPoolExecutor(workers, mp_context=None)  # error: FRK001:10
    with _stats_lock:
        _stats["jobs"] += len(pages)
    return ex


def render_default_context(pages):
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context()) as ex:  # error: FRK001:10
        return list(ex.map(_render, pages))


def render_default_context_none(pages):
    return ProcessPoolExecutor(4, mp_context=get_context(None))  # error: FRK001:12
