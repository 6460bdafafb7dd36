"""FRK002: the fork start method pinned explicitly, in its context and set_start_method forms.

rules.md, "Sinks" / "Details": `multiprocessing.get_context("fork")` is "reported once, at that
call, also when passed as mp_context=", and "not again at ctx.Pool() or at
ProcessPoolExecutor(mp_context=ctx)"; "Inline get_context("fork").Pool() is one finding";
`get_context(method="fork")` is the same as the positional form; `set_start_method("fork")`
(here `method="fork", force=True`) "is reported, and default-method sinks in that module are still
reported too".
Evidence: a `threading.Thread` started in start_reporter().
Expected: FRK002 at the module-level `mp.get_context("fork")`, at the inner
`mp.get_context(method="fork")` on its own line inside the executor call, at the inline
`mp.get_context("fork")...` chain (one finding) and at `mp.set_start_method(`; FRK001 at the plain
`mp.Process(`; nothing at `_FORK.Pool(` or `ProcessPoolExecutor(mp_context=_FORK)`.
"""
import multiprocessing as mp
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_FORK = mp.get_context("fork")  # error: FRK002:9


def _report():
    while True:
        time.sleep(60)


def start_reporter():
    threading.Thread(target=_report, daemon=True).start()


def _work(x):
    return x + 1


def run_pool(items):
    with _FORK.Pool(2) as pool:
        return pool.map(_work, items)


def run_executor(items):
    with ProcessPoolExecutor(mp_context=_FORK) as ex:
        return list(ex.map(_work, items))


def run_executor_keyword(items):
    ex = ProcessPoolExecutor(
        max_workers=2,
        mp_context=mp.get_context(method="fork"),  # error: FRK002:20
    )
    with ex:
        return list(ex.map(_work, items))


def run_inline(item):
    mp.get_context("fork").Process(target=_work, args=(item,)).start()  # error: FRK002:5


def configure():
    mp.set_start_method(method="fork", force=True)  # error: FRK002:5


def run_default(item):
    proc = mp.Process(target=_work, args=(item,))  # error: FRK001:12
    proc.start()
    return proc
