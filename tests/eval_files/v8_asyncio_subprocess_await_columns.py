"""v8_asyncio_subprocess_await_columns.

rules.md, "Sinks" (pre-exec hook: asyncio.create_subprocess_exec / create_subprocess_shell
with preexec_fn= anything but None) and "Findings" (the column is the start of the call
expression, after `await `, not the start of the await expression). Evidence:
`asyncio.to_thread(...)` (version 2 corrections), imported as
`from asyncio import to_thread as in_thread`; names through `import asyncio as aio` and
`from asyncio import create_subprocess_exec as spawn_exec`.
Expected: two FRK004; the preexec_fn=None call prints nothing.
"""
import asyncio as aio
import os
from asyncio import create_subprocess_exec as spawn_exec
from asyncio import to_thread as in_thread


def read_config(path):
    with open(path) as fh:
        return fh.read()


def _lower_priority():
    os.nice(5)


async def load_config(path):
    return await in_thread(read_config, path)


async def run_tool(argv):
    proc = await spawn_exec(*argv, preexec_fn=os.setpgrp)  # error: FRK004:18
    return await proc.wait()


async def run_shell(command):
    proc = await aio.create_subprocess_shell(command, preexec_fn=_lower_priority)  # error: FRK004:18
    return await proc.wait()


async def run_plain(argv):
    proc = await aio.create_subprocess_exec(*argv, preexec_fn=None)
    return await proc.wait()


async def main_async():
    await load_config("/etc/hostname")
    await run_tool(["true"])
    await run_shell("true")
    await run_plain(["true"])


if __name__ == "__main__":
    aio.run(main_async())
