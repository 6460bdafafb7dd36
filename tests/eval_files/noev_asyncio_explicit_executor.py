"""No evidence: asyncio primitives, and run_in_executor with an explicit (unknown) executor.

rules.md, "Evidence": `asyncio.Lock` is a look-alike; "Corrections (version 2)" makes
`loop.run_in_executor(None, ...)` evidence because None means the loop's default
ThreadPoolExecutor.  An executor the caller passes in is not None and the checker cannot see
what it is ("Unknown is not unsafe"): not evidence.
Sinks: `asyncio.create_subprocess_exec(..., preexec_fn=...)` (FRK004) and `os.fork()` (FRK003).
(Near miss: ev_run_in_executor_none.py.)
Expected: no finding (no thread evidence).
"""
import asyncio
import os

_RESIZE_LOCK = asyncio.Lock()
_SLOTS = asyncio.Semaphore(4)
_READY = asyncio.Event()


def _resize(path, width):
    return path, width


async def resize(executor, path, width=640):
    loop = asyncio.get_running_loop()
    async with _SLOTS:
        return await loop.run_in_executor(executor, _resize, path, width)


async def start_helper():
    proc = await asyncio.create_subprocess_exec("helper", preexec_fn=os.setsid)
    _READY.set()
    return proc


def fork_worker():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return pid
