"""Safe: every process is started through a spawn or forkserver context bound at module level.

Situation: a media pipeline starts a metrics thread, and uses `_SPAWN = mp.get_context("spawn")`
and `_FORKSERVER = mp.get_context(method="forkserver")` (module level) for its pools, executors
and processes, plus one inline `get_context("spawn")`.

rules.md, Safe: "a call that uses a context from `get_context("spawn")` or
`get_context("forkserver")`, inline or through a name bound in the same function or at module
level (`ctx = mp.get_context("spawn")`, then `ctx.Pool()` or
`ProcessPoolExecutor(mp_context=ctx)`)." Details: "`method=` keyword forms of `get_context` ...
are the same as the positional ones."

Expected: no finding, although the module has thread evidence (the Thread in
`start_metrics`).
"""
import multiprocessing as mp
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_SPAWN = mp.get_context("spawn")
_FORKSERVER = mp.get_context(method="forkserver")


def _flush_forever():
    while True:
        time.sleep(10)


def start_metrics():
    threading.Thread(target=_flush_forever, name="metrics", daemon=True).start()


def _transcode(path):
    return path.rsplit(".", 1)[0] + ".webm"


def transcode_all(paths):
    with _SPAWN.Pool(4) as pool:
        return pool.map(_transcode, paths)


def transcode_executor():
    return ProcessPoolExecutor(max_workers=2, mp_context=_FORKSERVER)


def transcode_one(path):
    proc = _SPAWN.Process(target=_transcode, args=(path,))
    proc.start()
    proc.join()


def inline_executor():
    return ProcessPoolExecutor(mp_context=mp.get_context("spawn"))
