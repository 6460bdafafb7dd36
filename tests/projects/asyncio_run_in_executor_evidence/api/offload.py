"""run_in_executor with an explicit spawn process pool: not the default thread pool."""
import asyncio
import multiprocessing
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor


def _hash(blob):
    return hash(blob)


async def digest(blob):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as pool:
        value = await loop.run_in_executor(pool, _hash, blob)
    subprocess.run(["sync"], preexec_fn=os.setpgrp)
    return value
