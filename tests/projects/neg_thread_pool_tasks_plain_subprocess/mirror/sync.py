"""git plumbing run from the fetch thread pool."""
import asyncio
import subprocess


def clone(url):
    return subprocess.run(["git", "clone", "--mirror", url], check=True, preexec_fn=None)


def gc(path):
    return subprocess.check_call(["git", "gc"], cwd=path, start_new_session=True)


async def fsck(path):
    proc = await asyncio.create_subprocess_exec("git", "fsck", cwd=path)
    return await proc.wait()
