"""v7_get_event_loop_default_executor_shell: run_in_executor(None, ...) on an inline get_event_loop().

Clause: v2 correction -- "loop.run_in_executor(None, ...) (the loop's default
ThreadPoolExecutor), asyncio.get_running_loop() / get_event_loop() receivers included" (inline
receiver, readings.md 8). Sink: asyncio.create_subprocess_shell with preexec_fn=os.setpgrp,
multi-line call reported on its first line.
Expected: FRK004 at asyncio.create_subprocess_shell(...) in run_hook().
"""
import asyncio
import os
import shlex


def _read_hooks(path):
    with open(path) as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


async def run_hook(command, cwd):
    proc = await asyncio.create_subprocess_shell(  # error: FRK004:18
        command,
        cwd=cwd,
        preexec_fn=os.setpgrp,
    )
    return await proc.wait()


async def run_all(hooks_file, cwd):
    hooks = await asyncio.get_event_loop().run_in_executor(None, _read_hooks, hooks_file)
    codes = []
    for hook in hooks:
        print("running", shlex.quote(hook))
        codes.append(await run_hook(hook, cwd))
    return codes
