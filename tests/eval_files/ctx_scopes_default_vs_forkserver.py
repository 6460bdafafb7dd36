"""Context names follow scopes: a local default context shadows a module-level forkserver one.

Situation: the module binds `ctx = mp.get_context("forkserver")` at module level. `modern()`
uses it (safe). `legacy()` binds its own local `ctx = mp.get_context()` (the default method)
and starts a pool on it. `legacy_manager()` uses `get_context(None)`. `default_executor()`
passes an inline default context as `mp_context=`. A heartbeat thread is thread evidence.

rules.md, Sinks table: "calls on a context from `multiprocessing.get_context()` /
`get_context(None)`" and "`ProcessPoolExecutor(...)` ... with a default context
(`mp_context=get_context()`: one finding, at the `ProcessPoolExecutor` call)".
Details: "A context bound to a name follows that name ... `_CTX.Pool()` / `_CTX.Process()` /
`_CTX.Manager()` a default-method sink, reported at each such call."
Safe: a spawn/forkserver context "through a name bound in the same function or at module level".

Expected: FRK001 at `ctx.Pool(2)` in `legacy`, at `c.Manager()` and at the
`ProcessPoolExecutor(...)` call (not at the inner `mp.get_context()`); nothing in `modern`.
"""
import multiprocessing as mp
import threading
import time
from concurrent.futures import ProcessPoolExecutor

ctx = mp.get_context("forkserver")


def _beat():
    while True:
        time.sleep(5)


def start_heartbeat():
    hb = threading.Thread(target=_beat, daemon=True)
    hb.start()
    return hb


def _double(n):
    return 2 * n


def modern(items):
    with ctx.Pool(2) as pool:
        return pool.map(_double, items)


def legacy(items):
    ctx = mp.get_context()
    with ctx.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_double, items)


def legacy_manager():
    c = mp.get_context(None)
    return c.Manager()  # error: FRK001:12


def default_executor():
    return ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context())  # error: FRK001:12
