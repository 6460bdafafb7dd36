"""v7_trap_unresolvable_ctx_receivers: contexts the checker cannot resolve.

Clause: "A receiver the checker cannot resolve (self._ctx.Pool()) is not a sink." Here: a
context held in an attribute (even though __init__ may store get_context() there), a
parameter `ctx`, and a receiver chosen by an expression (`ctx or _SPAWN`). The module has a
module-level threading.Lock (evidence), and its only resolvable context is spawn.
Expected: no finding.
"""
import multiprocessing
import threading

_SPAWN = multiprocessing.get_context("spawn")
_LOCK = threading.Lock()
_LAUNCHED = []


def _job(x):
    return x + 1


class Runner:
    def __init__(self, ctx=None):
        self._ctx = ctx if ctx is not None else multiprocessing.get_context()

    def run(self, items):
        with self._ctx.Pool(2) as pool:
            return pool.map(_job, items)


def launch(item, ctx):
    proc = ctx.Process(target=_job, args=(item,))
    proc.start()
    with _LOCK:
        _LAUNCHED.append(proc)
    return proc


def launch_default(item, ctx=None):
    proc = (ctx or _SPAWN).Process(target=_job, args=(item,))
    proc.start()
    return proc
