"""Threads asyncio starts on the caller's behalf (asyncio.to_thread, loop.run_in_executor(None, ...)) are evidence (rules.md version 2); a module-level threading.local() is not."""
import asyncio
import hashlib
import os
import threading
from concurrent.futures import ProcessPoolExecutor

_request_state = threading.local()


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


async def digest_async(path):
    return await asyncio.to_thread(_digest, path)


async def size_async(path):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, os.path.getsize, path)


def digest_many(paths):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(_digest, paths))
