"""FRK004: asyncio.create_subprocess_exec / create_subprocess_shell with preexec_fn (handed to Popen); preexec_fn=None is not flagged (rules.md sink table, pre-exec hook)."""
import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

_blocking = ThreadPoolExecutor(max_workers=4)


async def transcode(src: str, dst: str) -> int:
    proc = await asyncio.create_subprocess_exec(  # error: FRK004:18
        "ffmpeg", "-i", src, dst,
        preexec_fn=os.setpgrp,
    )
    return await proc.wait()


async def shell(cmd: str) -> bytes:
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, preexec_fn=None)
    out, _ = await proc.communicate()
    return out


async def niced_shell(cmd: str) -> int:
    proc = await asyncio.create_subprocess_shell(cmd, preexec_fn=lambda: os.nice(5))  # error: FRK004:18
    return await proc.wait()


async def checksum(path: str) -> str:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_blocking, os.path.getsize, path)
