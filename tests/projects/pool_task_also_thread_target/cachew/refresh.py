"""Case pool_task_also_thread_target.

rules.md, Corrections (version 2): only a function the project uses *only* as a Process target,
a process-pool task or initializer runs in the child; "a thread pool's tasks run in the parent"
and "a function also called directly in the parent is parent code as well". refresh() is a
ProcessPoolExecutor task here, and also the target of a plain threading.Thread in
cachew/daemon.py, which runs it in the parent. So refresh() is parent code and its Timer is
evidence for this module: both pools are FRK001. daemon.py has no sink.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def refresh(key):
    retry = threading.Timer(60.0, print, args=("retry", key))
    retry.daemon = True
    retry.start()
    return key


def warm_all(keys):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(refresh, keys))


def _compact(shard):
    return shard


def compact(shards):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_compact, shards)
