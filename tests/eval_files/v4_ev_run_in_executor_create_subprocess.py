"""v4_ev_run_in_executor_create_subprocess: the loop's default executor, and asyncio subprocesses.

rules.md, Corrections (version 2): "loop.run_in_executor(None, ...) (the loop's default
ThreadPoolExecutor), asyncio.get_running_loop() / get_event_loop() receivers included" is thread
evidence. Sinks, pre-exec hook: "asyncio.create_subprocess_exec / create_subprocess_shell (they
hand it to Popen), with the keyword preexec_fn= anything but None" (FRK004). The finding is at
the call, after ``await``; the multi-line call is reported on its first line.
Expected: two FRK004.
"""
import asyncio
import hashlib
import os
import sys


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _child_setup():
    os.setpgrp()
    os.nice(5)


async def checksum(path):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, _digest, path)


async def run_tool(argv):
    proc = await asyncio.create_subprocess_exec(  # error: FRK004:18
        *argv,
        stdout=asyncio.subprocess.PIPE,
        preexec_fn=_child_setup,
    )
    out, _ = await proc.communicate()
    return out


async def run_shell(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, preexec_fn=os.setsid)  # error: FRK004:18
    return await proc.wait()


async def main(paths):
    sums = await asyncio.gather(*(checksum(p) for p in paths))
    await run_tool(["sha256sum", *paths])
    return sums


if __name__ == "__main__":
    print(asyncio.run(main(sys.argv[1:])))
