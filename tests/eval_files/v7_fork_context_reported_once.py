"""v7_fork_context_reported_once: a module-level fork context used by every kind of call.

Clause: "A fork context is reported once, at its get_context("fork") call: not again at
ctx.Pool() or at ProcessPoolExecutor(mp_context=ctx)" (nor ctx.Process()); get_context(method=
"fork") is the same as the positional form; `get_context("fork")` passed inline as mp_context= is
"reported once, at that call". Evidence: the module-level threading.Lock.
Expected: FRK002 at get_context(method="fork") at module level; FRK002 at the inner
get_context("fork") in convert_batch(); nothing at _FORK.Process / _FORK.Pool /
ProcessPoolExecutor(mp_context=_FORK).
"""
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

_FORK = get_context(method="fork")  # error: FRK002:9
_progress = {"done": 0}
_progress_lock = threading.Lock()


def _convert(path):
    return path.replace(".wav", ".flac")


def _tick(_future):
    with _progress_lock:
        _progress["done"] += 1


def convert_one(path):
    proc = _FORK.Process(target=_convert, args=(path,))
    proc.start()
    proc.join()


def convert_many(paths):
    with _FORK.Pool(4) as pool:
        return pool.map(_convert, paths)


def convert_batch(paths):
    with ProcessPoolExecutor(max_workers=4, mp_context=get_context("fork")) as ex:  # error: FRK002:56
        futures = [ex.submit(_convert, p) for p in paths]
        for fut in futures:
            fut.add_done_callback(_tick)
        return [f.result() for f in futures]


def convert_shared(paths):
    with ProcessPoolExecutor(mp_context=_FORK) as ex:
        return list(ex.map(_convert, paths))
