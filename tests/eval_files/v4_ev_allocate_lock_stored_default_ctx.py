"""v4_ev_allocate_lock_stored_default_ctx: ``_thread.allocate_lock()`` at import time, and a
default context stored in a module-level name.

rules.md, Evidence: a module-level ``_thread.allocate_lock`` (imported with
``from _thread import allocate_lock``). Sinks, details: "A context bound to a name follows that
name: ``_CTX = mp.get_context()`` at module level makes every ``_CTX.Pool()`` /
``_CTX.Process()`` / ``_CTX.Manager()`` a default-method sink, reported at each such call";
``get_context(None)`` is a default context too; ``mp_context=_CTX`` is a default context, one
finding at the ``ProcessPoolExecutor`` call. ``get_context()`` itself is not a sink.
Expected: five FRK001.
"""
import multiprocessing as mp
from _thread import allocate_lock
from concurrent.futures import ProcessPoolExecutor

_PRINT_LOCK = allocate_lock()
_CTX = mp.get_context()


def _render(page):
    return page * 2


def log(msg):
    with _PRINT_LOCK:
        print(msg, flush=True)


def render_all(pages):
    with _CTX.Pool(processes=4) as pool:  # error: FRK001:10
        return pool.map(_render, pages)


def render_in_background(page):
    proc = _CTX.Process(target=_render, args=(page,))  # error: FRK001:12
    proc.start()
    return proc


def shared_counter():
    manager = _CTX.Manager()  # error: FRK001:15
    return manager, manager.Value("i", 0)


def render_executor():
    return ProcessPoolExecutor(max_workers=2, mp_context=_CTX)  # error: FRK001:12


def render_quick(pages):
    with mp.get_context(None).Pool(2) as pool:  # error: FRK001:10
        return pool.map(_render, pages)
