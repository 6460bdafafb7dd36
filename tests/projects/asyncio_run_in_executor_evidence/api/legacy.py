"""get_event_loop() receiver, inline."""
import asyncio
import os


def _checksum(blob):
    return len(blob)


async def verify(blob):
    size = await asyncio.get_event_loop().run_in_executor(None, _checksum, blob)
    pid = os.fork()  # error: FRK003:11
    return size, pid
