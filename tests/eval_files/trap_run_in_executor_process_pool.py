"""Trap: `run_in_executor` with an explicit process pool, and asyncio locks, are not evidence.

Situation: an async hasher runs work with `loop.run_in_executor(pool, ...)` where `pool` is a
`ProcessPoolExecutor` on a spawn context bound in the same function; it guards state with
module-level `asyncio.Lock()` / `asyncio.Event()`. It daemonizes with `os.fork()`.

rules.md, Corrections (version 2): only "`loop.run_in_executor(None, ...)` (the loop's default
`ThreadPoolExecutor`)" and `asyncio.to_thread` are named as standard-library thread starters.
Evidence: "`asyncio.Lock`" is a look-alike, not evidence. Safe: a `ProcessPoolExecutor` with
`mp_context=` a spawn context is not a sink. "A sink in a module without thread evidence is
never reported."

Expected: no finding (the `os.fork()` has no thread evidence in the module).
"""
import asyncio
import hashlib
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor

_state_lock = asyncio.Lock()
_stopped = asyncio.Event()


def _sha1(path):
    with open(path, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


async def hash_file(path):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
        return await loop.run_in_executor(pool, _sha1, path)


def daemonize():
    if os.fork():
        os._exit(0)
    os.setsid()
