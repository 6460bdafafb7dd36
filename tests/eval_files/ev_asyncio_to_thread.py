"""Evidence (version 2): `asyncio.to_thread(...)` runs its function in the loop's default thread pool.

rules.md, "Corrections (version 2)": threads the standard library starts on the caller's behalf
are evidence, `asyncio.to_thread(...)` included.  Sink: `asyncio.create_subprocess_exec` with
`preexec_fn=` (FRK004: "they hand it to Popen"); `create_subprocess_shell(..., preexec_fn=None)`
is exempt.  The finding is at the call expression, not at the `await` in front of it, and on
the first line of the multi-line call.
Expected: FRK004 at `asyncio.create_subprocess_exec(` in start_helper(); nothing else.
"""
import asyncio
import json
import os


def _read_json(path):
    with open(path) as fh:
        return json.load(fh)


async def load_config(path):
    return await asyncio.to_thread(_read_json, path)


async def start_helper(socket_path):
    proc = await asyncio.create_subprocess_exec(  # error: FRK004:18
        "helper",
        "--listen",
        socket_path,
        preexec_fn=os.setpgrp,
    )
    return proc


async def run_hook(command):
    proc = await asyncio.create_subprocess_shell(command, preexec_fn=None)
    return await proc.wait()
