"""FRK004 for `asyncio.create_subprocess_exec(preexec_fn=...)`; evidence from `asyncio.to_thread`.

Situation: an async sandbox hashes files with `await asyncio.to_thread(...)` (the default
thread pool: thread evidence) and launches sandboxed commands with a memory-limit hook; a shell
command passes `preexec_fn=None`.

rules.md, Sinks table, pre-exec hook: "`asyncio.create_subprocess_exec` /
`create_subprocess_shell` (they hand it to Popen), with the keyword `preexec_fn=` anything but
`None`". Corrections (version 2): "Threads the standard library starts on the caller's behalf
are evidence: `asyncio.to_thread(...)`, ...".

Expected: FRK004 at the `asyncio.create_subprocess_exec(...)` call (its column, after
`await `); nothing for `create_subprocess_shell(cmd, preexec_fn=None)`.
"""
import asyncio
import hashlib
import resource

LIMIT = 512 * 1024 * 1024


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def _sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


async def checksum(path):
    return await asyncio.to_thread(_sha256, path)


async def run_sandboxed(*argv):
    proc = await asyncio.create_subprocess_exec(  # error: FRK004:18
        *argv,
        stdout=asyncio.subprocess.PIPE,
        preexec_fn=_limit_memory,
    )
    out, _ = await proc.communicate()
    return out


async def run_shell(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, preexec_fn=None)
    return await proc.wait()
