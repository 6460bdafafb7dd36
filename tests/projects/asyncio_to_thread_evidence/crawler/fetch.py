"""Case asyncio_to_thread_evidence.

rules.md, Corrections (version 2): "Threads the standard library starts on the caller's behalf
are evidence: asyncio.to_thread(...)". The blocking download runs in asyncio's default thread
pool, so this module has thread evidence (the two FRK004 below: subprocess.run and
asyncio.create_subprocess_exec with preexec_fn), and crawler/archive.py, whose
compress_all() this module calls, is judged with it (evidence flows to the callee).
"""
import asyncio
import os
import subprocess

from crawler.archive import compress_all


def _download(url):
    return url


def _lower_priority():
    os.nice(10)


async def crawl(urls):
    pages = await asyncio.gather(*(asyncio.to_thread(_download, url) for url in urls))
    subprocess.run(["nice", "true"], preexec_fn=_lower_priority)  # error: FRK004:5
    proc = await asyncio.create_subprocess_exec("gzip", "-k", *urls, preexec_fn=_lower_priority)  # error: FRK004:18
    await proc.wait()
    return compress_all(pages)
