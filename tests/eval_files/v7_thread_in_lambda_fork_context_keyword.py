"""v7_thread_in_lambda_fork_context_keyword: Thread built inside a module-level lambda; fork context by keyword.

Clause: Evidence -- threads count "anywhere in it (module level, functions, methods, lambdas)"
(only *locks* are restricted to import time). Sink: get_context(method="fork") bound to a name
in the function: "reported once, at its get_context("fork") call: not again at ctx.Pool() or at
ProcessPoolExecutor(mp_context=ctx)"; the method= keyword is the same as the positional form.
Expected: FRK002 at multiprocessing.get_context(method="fork") in run_batch(); nothing at
ctx.Pool(2) or at ProcessPoolExecutor(mp_context=ctx).
"""
import concurrent.futures
import logging
import multiprocessing
import queue
import threading

_LOG_QUEUE = queue.Queue()
log = logging.getLogger("batch")


def _drain():
    while True:
        record = _LOG_QUEUE.get()
        if record is None:
            return
        log.info(record)


start_log_drain = lambda: threading.Thread(target=_drain, daemon=True).start()


def _square(n):
    return n * n


def run_batch(numbers):
    start_log_drain()
    ctx = multiprocessing.get_context(method="fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        squares = pool.map(_square, numbers)
    with concurrent.futures.ProcessPoolExecutor(mp_context=ctx) as ex:
        cubes = list(ex.map(pow, numbers, [3] * len(numbers)))
    _LOG_QUEUE.put("batch done")
    return squares, cubes
