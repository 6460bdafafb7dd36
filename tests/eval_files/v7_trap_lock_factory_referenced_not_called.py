"""v7_trap_lock_factory_referenced_not_called: lock factories and Thread referenced, never called at import.

Clause: Evidence -- a module-level lock is "a call to threading.Lock, RLock ... that runs when the
module is imported". Binding the factory (LOCK_FACTORY = threading.RLock, a class attribute
lock_type = threading.Lock), annotations (Optional[threading.Thread], "threading.Lock") and
isinstance checks are not calls; the factory is only called inside a method body. No thread is
constructed.
Expected: no finding, although the module has subprocess.run(preexec_fn=...) and os.fork().
"""
import os
import subprocess
import threading
from typing import Optional

LOCK_FACTORY = threading.RLock
_current: Optional[threading.Thread] = None


class Job:
    lock_type = threading.Lock

    def __init__(self, argv, lock: "threading.Lock" = None):
        self.argv = argv
        self.lock = lock or LOCK_FACTORY()

    def run(self):
        with self.lock:
            return subprocess.run(self.argv, preexec_fn=os.setsid, check=False)


def is_thread(obj) -> bool:
    return isinstance(obj, threading.Thread)


def fork_worker(job: Job) -> int:
    pid = os.fork()
    if pid == 0:
        job.run()
        os._exit(0)
    return pid
