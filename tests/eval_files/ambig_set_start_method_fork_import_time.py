"""Ambiguous: set_start_method("fork") at import time is FRK002, but is it FRK104?

rules.md reports `set_start_method("fork")` as FRK002, and FRK104 covers set_start_method(...)
"at import time outside the main guard without force=True".  But the FRK1xx rules "apply where
the call's start method can be spawn or forkserver: the default ..., an explicit spawn /
forkserver context, or set_start_method("spawn" | "forkserver")", and under fork the child never
re-imports the module, so a single import-time set_start_method("fork") breaks nothing.
Reading chosen: it is FRK002 only (no FRK104).  The default-method Pool stays FRK001 ("default-
method sinks in that module are still reported too").
Evidence: `threading.Thread` in start_sampler().
Expected: FRK002 at the module-level `multiprocessing.set_start_method("fork")`; FRK001 at
`multiprocessing.Pool(`.
"""
import multiprocessing
import threading
import time

multiprocessing.set_start_method("fork")  # error: FRK002:1


def _sample():
    while True:
        time.sleep(1)


def start_sampler():
    threading.Thread(target=_sample, daemon=True).start()


def _work(x):
    return x - 1


def run(items):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_work, items)
