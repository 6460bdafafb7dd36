"""pos_task_module_threads_at_import.

Clauses: Import-time threads ("threads started while the module is imported ... A module that
imports it ... has thread evidence") against Corrections v2, child-only code ("a process pool
or executor task ... runs in the child"). Both modules below only provide process-pool tasks:
- heavy.py starts a thread at module level, which runs in the parent when dispatch.py imports
  it: FRK001 at the ProcessPoolExecutor here.
- light.py's thread is inside the task score(), which runs only in the children: scoring.py's
  Pool is not reported.
"""
from concurrent.futures import ProcessPoolExecutor

from jobs.heavy import crunch


def run_heavy(numbers):
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(crunch, numbers))
