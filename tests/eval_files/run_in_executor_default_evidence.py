"""Version 2: `loop.run_in_executor(None, ...)` is thread evidence (the loop's default pool).

Situation: an async service reads its config with `loop.run_in_executor(None, ...)` on
`asyncio.get_running_loop()`, and, from a sync helper, also through an inline
`asyncio.get_event_loop()` receiver. Elsewhere it starts a `multiprocessing.Process` and a
`multiprocessing.Manager()` with the default start method.

rules.md, Corrections (version 2): "Threads the standard library starts on the caller's behalf
are evidence: ... `loop.run_in_executor(None, ...)` (the loop's default `ThreadPoolExecutor`),
`asyncio.get_running_loop()` / `get_event_loop()` receivers included."
rules.md, Sinks table: "`multiprocessing.Process`, `multiprocessing.Manager`" (FRK001).

Expected: FRK001 at `multiprocessing.Process(...)` and at `multiprocessing.Manager()`.
"""
import asyncio
import json
import multiprocessing


def _read_config(path):
    with open(path) as fh:
        return json.load(fh)


async def load_config(path):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, _read_config, path)


def schedule_reload(path):
    return asyncio.get_event_loop().run_in_executor(None, _read_config, path)


def _crunch(n):
    return sum(i * i for i in range(n))


def crunch_in_process(n):
    proc = multiprocessing.Process(target=_crunch, args=(n,))  # error: FRK001:12
    proc.start()
    proc.join()


def shared_state():
    return multiprocessing.Manager()  # error: FRK001:12
