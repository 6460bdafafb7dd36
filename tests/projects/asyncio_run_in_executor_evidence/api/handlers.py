"""Case asyncio_run_in_executor_evidence.

rules.md, Corrections (version 2): `loop.run_in_executor(None, ...)` (the loop's default
ThreadPoolExecutor) is evidence, `asyncio.get_running_loop()` / `get_event_loop()` receivers
included. Here the receiver is a name bound to get_running_loop(); api/legacy.py uses
get_event_loop() inline; api/offload.py passes its own spawn-context process pool (not the
default executor) and has no evidence.
"""
import asyncio
import multiprocessing


def _resize(blob):
    return blob


async def upload(blob):
    loop = asyncio.get_running_loop()
    thumb = await loop.run_in_executor(None, _resize, blob)
    proc = multiprocessing.Process(target=_resize, args=(thumb,))  # error: FRK001:12
    proc.start()
    return proc
