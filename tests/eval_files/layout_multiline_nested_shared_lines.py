"""Positions: calls split over lines, a receiver on its own line, nested sinks, several per line.

rules.md, "Findings": the finding is at the sink call, "1-based line and 0-based column of the
call expression's start" (flake8 prints column + 1); "One finding per sink; several sinks, several
findings".  A call split over lines is reported on the line where its expression starts: for
`(multiprocessing\n.Pool(4))` that is the `multiprocessing` line, not the `.Pool` line.  A fork
context nested in an executor call is reported at the inner `get_context("fork")` (FRK002), on its
own line, and the executor is not reported again.  Several findings on one line are listed in
column order, including the two items of one `with`.
Evidence: `Worker(...)`, which is `threading.Thread` through `from threading import Thread as Worker`.
Expected: as marked.
"""
import contextlib
import multiprocessing
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor
from threading import Thread as Worker


def _limits():
    os.nice(5)


def _warm():
    pass


def start_pump(fn):
    pump = Worker(target=fn, daemon=True)
    pump.start()
    return pump


def fan_out():
    pool = (
        multiprocessing  # error: FRK001:9
        .Pool(processes=4)
    )
    executor = ProcessPoolExecutor(  # error: FRK001:16
        max_workers=4,
        initializer=_warm,
    )
    return pool, executor


def archive(out, src):
    proc = subprocess.Popen(  # error: FRK004:12
        ["tar", "czf", out, src],
        preexec_fn=_limits,
    )
    return proc.wait()


def pinned():
    return ProcessPoolExecutor(
        max_workers=2,
        mp_context=multiprocessing.get_context("fork"),  # error: FRK002:20
    )


def nested(items):
    with contextlib.closing(multiprocessing.Pool(2)) as pool:  # error: FRK001:29
        return pool.map(str, items)


def pair():
    child, pool = os.fork(), multiprocessing.Pool(2)  # error: FRK003:19, FRK001:30
    return child, pool


def both(items):
    with multiprocessing.Pool(2) as a, ProcessPoolExecutor() as b:  # error: FRK001:10, FRK001:40
        return a.map(str, items), list(b.map(str, items))


def handles():
    return dict(
        pool=multiprocessing.Pool(2),  # error: FRK001:14
        child=os.forkpty(),  # error: FRK003:15
    )
