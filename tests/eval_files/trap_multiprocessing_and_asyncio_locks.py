"""Trap: module-level multiprocessing and asyncio locks are not thread evidence.

Situation: the module creates `multiprocessing.Lock`, `RLock`, `Semaphore`, `Event`,
`Condition`, `Barrier` (through `mp.` and through `from multiprocessing import ...`) and an
`asyncio.Lock` at module level, then starts `multiprocessing.Process` children.

rules.md, Evidence: "`multiprocessing.Lock` and friends are not thread evidence"; look-alikes
such as "`asyncio.Lock`" are not evidence either.
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding at the `mp.Process(...)` call.
"""
import asyncio
import multiprocessing as mp
from multiprocessing import Lock, Semaphore

_file_lock = Lock()
_slots = Semaphore(4)
_reentrant = mp.RLock()
_ready = mp.Event()
_changed = mp.Condition()
_start_line = mp.Barrier(2)
_async_guard = asyncio.Lock()


def _append(path, line):
    with _slots, _file_lock:
        with open(path, "a") as fh:
            fh.write(line + "\n")


def write_lines(path, lines):
    procs = [mp.Process(target=_append, args=(path, line)) for line in lines]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
