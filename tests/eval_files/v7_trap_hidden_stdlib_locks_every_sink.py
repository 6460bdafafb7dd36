"""v7_trap_hidden_stdlib_locks_every_sink: module-level objects with internal locks; every sink family.

Clause: Evidence is only what the list names; "A sink in a module without thread evidence is never
reported". Module-level queue.Queue, logging handlers, concurrent.futures.Future (all holding
threading locks internally), asyncio.Lock and multiprocessing.Lock ("multiprocessing.Lock and
friends are not thread evidence") are not listed lock factories or thread starters.
Expected: no finding, although Pool, an explicit fork context, ProcessPoolExecutor(),
subprocess.run(preexec_fn=...) and os.fork() all appear.
"""
import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
import queue
import subprocess

log = logging.getLogger("pipeline")
log.addHandler(logging.StreamHandler())
_INBOX = queue.Queue(maxsize=100)
_DONE = concurrent.futures.Future()
_ALOCK = asyncio.Lock()
_MPLOCK = multiprocessing.Lock()


def _stage(item):
    return item.strip().lower()


def run(items, cmd):
    with multiprocessing.Pool(2) as pool:
        cleaned = pool.map(_stage, items)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        again = pool.map(_stage, cleaned)
    with concurrent.futures.ProcessPoolExecutor() as ex:
        final = list(ex.map(_stage, again))
    subprocess.run(cmd, preexec_fn=os.setsid, check=True)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    _DONE.set_result(final)
    log.info("done: %d items", len(final))
    return final
