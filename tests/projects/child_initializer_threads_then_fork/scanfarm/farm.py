"""Case child_initializer_threads_then_fork.

rules.md, Corrections (version 2), "Code that runs only in a child process": a process pool's
`initializer=` runs in the child, and its threads "are evidence for forks made inside that child
only, never for the parent". worker_setup.init_worker (another module, passed as an attribute
reference) starts a heartbeat thread and then forks clamd with os.fork(): that fork happens in
the threaded worker and is reported (FRK003 in scanfarm/worker_setup.py). The parent's
ProcessPoolExecutor here, and worker_setup.daemonize_log_shipper() (parent code, called below),
are silent: the parent starts no thread.
"""
from concurrent.futures import ProcessPoolExecutor

from scanfarm import worker_setup


def _scan(path):
    return path


def scan_all(paths):
    worker_setup.daemonize_log_shipper()
    with ProcessPoolExecutor(max_workers=4, initializer=worker_setup.init_worker) as pool:
        return list(pool.map(_scan, paths))
