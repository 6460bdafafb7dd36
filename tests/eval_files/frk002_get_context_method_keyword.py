"""FRK002: `get_context(method="fork")` is reported once, at that call, however it is used.

Situation: a module-level `_FORK = multiprocessing.get_context(method="fork")` is used by a
pool and by an executor; one function passes an inline positional fork context to
`ProcessPoolExecutor`, another starts a `Process` on an inline keyword fork context.
A watchdog thread is the thread evidence.

rules.md, Sinks table: "`multiprocessing.get_context("fork")` (reported once, at that call,
also when passed as `mp_context=`)". Details: "`get_context(method="fork")` is the same as the
positional form." "A fork context is reported once, at its `get_context("fork")` call: not
again at `ctx.Pool()` or at `ProcessPoolExecutor(mp_context=ctx)`. Inline
`get_context("fork").Pool()` is one finding."

Expected: FRK002 at the module-level `get_context(method="fork")`; nothing at `_FORK.Pool` or
`ProcessPoolExecutor(mp_context=_FORK)`; FRK002 at the inner `get_context("fork")` of
`inline_executor` (column of that call, not of ProcessPoolExecutor); one FRK002 at
`inline_process` (the `.Process(...)` call starts at the same column as its get_context).
"""
import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_FORK = multiprocessing.get_context(method="fork")  # error: FRK002:9


def _watch():
    while True:
        time.sleep(1)


def start_watchdog():
    threading.Thread(target=_watch, name="watchdog", daemon=True).start()


def _scan(path):
    return len(path)


def scan(paths):
    with _FORK.Pool(4) as pool:
        return pool.map(_scan, paths)


def fork_executor():
    return ProcessPoolExecutor(max_workers=2, mp_context=_FORK)


def inline_executor():
    return ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork"))  # error: FRK002:43


def inline_process(path):
    proc = multiprocessing.get_context(method="fork").Process(target=_scan, args=(path,))  # error: FRK002:12
    proc.start()
    return proc
