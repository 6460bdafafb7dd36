"""child3_thread_pool_task_helper_is_parent_code.

Clause: version 2 "Code that runs only in a child process": "a thread pool's tasks run in the
parent". jobs.refresh is used only as `ThreadPoolExecutor.submit(jobs.refresh, key)` (in
cli.py); it calls warmer.start_warmer(), which starts a threading.Thread. A thread-pool task
is parent code, so this module has thread evidence (refresh() calls start_warmer(), which
starts threads: "threads flow to the caller").

Expected:
- this module's ProcessPoolExecutor() in compact(): FRK001 (own-module evidence through
  refresh(); compact()'s only caller, maint.py, has no evidence).
- cachesvc/maint.py's multiprocessing.Pool(2): nothing. maint.py calls jobs.compact(), whose
  body starts no threads, and imports jobs, which starts none on import (module evidence is
  not passed along a call, only the called body's effects).
- cachesvc/cli.py has thread evidence (its ThreadPoolExecutor) but no sink.
No entry-point program.
"""
from concurrent.futures import ProcessPoolExecutor

from cachesvc import warmer


def refresh(key):
    warmer.start_warmer(key)
    return key


def _shrink(path):
    return len(path)


def compact(paths):
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        return sum(executor.map(_shrink, paths))
