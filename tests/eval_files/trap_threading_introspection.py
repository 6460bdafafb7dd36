"""Not evidence: using threading without constructing threads or creating import-time locks - main_thread(), current_thread(), get_ident(), enumerate(), isinstance checks, a ThreadPoolExecutor type hint (rules.md: evidence needs a construction or a module-level lock call)."""
import logging
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

log = logging.getLogger(__name__)
MAIN_THREAD = threading.main_thread()
THREAD_CLASS = threading.Thread


def describe() -> str:
    t = threading.current_thread()
    return "%s (%d) of %d" % (t.name, threading.get_ident(), threading.active_count())


def is_background(obj) -> bool:
    return isinstance(obj, threading.Thread) and obj is not MAIN_THREAD


def drain(executor: Optional[ThreadPoolExecutor] = None) -> None:
    if executor is not None:
        executor.shutdown(wait=True)
    for t in threading.enumerate():
        log.debug("alive: %s", t.name)


def run(jobs, fn):
    log.info("dispatching from %s", describe())
    with multiprocessing.Pool() as pool:
        return pool.map(fn, jobs)
