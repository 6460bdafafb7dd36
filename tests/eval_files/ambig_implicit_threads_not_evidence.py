"""AMBIGUOUS (see README): threads started implicitly by asyncio.to_thread and loop.run_in_executor(None, ...), and a module-level threading.local(), are not in rules.md's evidence list. Labelled: no evidence, so nothing is reported."""
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
    with ProcessPoolExecutor() as ex:
        return list(ex.map(_digest, paths))
