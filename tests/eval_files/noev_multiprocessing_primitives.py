"""No evidence: multiprocessing synchronisation primitives at module level.

rules.md, "Evidence": "multiprocessing.Lock and friends are not thread evidence", also when
imported by name (`from multiprocessing import Lock, Event, ...`), and neither is a manager's
`.Lock()` proxy.  Passing them in `Process(args=...)` is not FRK103 (only threading locks,
conditions and events are listed; multiprocessing ones are passed by inheritance).
Sinks: `multiprocessing.Process`, `multiprocessing.Manager`, `os.fork()`.
Expected: no finding.
"""
import multiprocessing as mp
import os
from multiprocessing import Barrier, Condition, Event, Lock, RLock, Semaphore

_LOCK = Lock()
_RLOCK = RLock()
_READY = Event()
_SLOTS = Semaphore(4)
_COND = Condition()
_START = Barrier(2)
_COUNTER_LOCK = mp.Lock()
_COUNTER = mp.Value("i", 0)


def _bump(lock, ready):
    with lock:
        _COUNTER.value += 1
    ready.set()


def bump_in_child():
    proc = mp.Process(target=_bump, args=(_LOCK, _READY))
    proc.start()
    proc.join()


def shared_lock():
    manager = mp.Manager()
    return manager, manager.Lock()


def fork_and_bump():
    pid = os.fork()
    if pid == 0:
        with _COUNTER_LOCK:
            _COUNTER.value += 1
        os._exit(0)
    os.waitpid(pid, 0)
