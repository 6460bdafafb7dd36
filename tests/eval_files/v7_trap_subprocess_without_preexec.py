"""v7_trap_subprocess_without_preexec: subprocess calls in a threaded module, none with a real preexec_fn.

Clause: FRK004 needs "the keyword preexec_fn= anything but None"; v2 correction: "Popen(cmd,
**opts) is not an FRK004 sink unless it can see opts holds preexec_fn" -- a module-level
dict(preexec_fn=None) holds the literal None (readings.md 4), an opaque **extra is unknown.
asyncio.create_subprocess_exec(preexec_fn=None) is exempt too. Evidence: ThreadPoolExecutor.
Expected: no finding.
"""
import asyncio
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

_POPEN_DEFAULTS = dict(close_fds=True, preexec_fn=None)


def _run(cmd):
    return subprocess.run(cmd, capture_output=True, check=False, **_POPEN_DEFAULTS).returncode


def run_many(cmds, extra):
    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(_run, cmds))
    subprocess.check_call(cmds[0], start_new_session=True)
    subprocess.Popen(cmds[0], **extra).wait()
    subprocess.call(cmds[0], env=dict(os.environ, LC_ALL="C"))
    return codes


async def run_async(cmd):
    proc = await asyncio.create_subprocess_exec(*cmd, preexec_fn=None)
    shell = await asyncio.create_subprocess_shell(" ".join(cmd), start_new_session=True)
    return await proc.wait(), await shell.wait()
