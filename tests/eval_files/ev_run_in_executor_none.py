"""Evidence (version 2): `asyncio.get_running_loop().run_in_executor(None, ...)`.

rules.md, "Corrections (version 2)": `loop.run_in_executor(None, ...)` (the loop's default
ThreadPoolExecutor) is evidence, "asyncio.get_running_loop() / get_event_loop() receivers
included".  Sinks: `pty.fork()` and `pty.spawn()` (raw fork, FRK003).  The nested function handed
to pty.spawn is not a multiprocessing callable (no FRK101).
Expected: FRK003 at `pty.fork()` and at `pty.spawn(`; nothing else.
"""
import asyncio
import hashlib
import os
import pty


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


async def checksum(path):
    return await asyncio.get_running_loop().run_in_executor(None, _digest, path)


def open_terminal(shell="/bin/sh"):
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execv(shell, [shell])
    return pid, fd


def record_session(logfile):
    with open(logfile, "wb") as log:
        def _read(fd):
            data = os.read(fd, 1024)
            log.write(data)
            return data

        return pty.spawn(["/bin/sh"], _read)  # error: FRK003:16
