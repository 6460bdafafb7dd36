# options: --forksafe-target-python=3.14
"""v4_safe_target314_default_sinks: target Python 3.14 drops FRK001, not the other codes.

rules.md, Options: "--forksafe-target-python ... At 3.14 or above, default-start-method sinks
(FRK001) are not reported, because the default is then never fork; explicit fork, raw fork and
preexec_fn still are." Corrections: only ``set_start_method("fork")`` keeps FRK001 at 3.14;
``get_context("fork")`` does not change the default, so the default sinks stay dropped.
Evidence: ``concurrent.futures.ThreadPoolExecutor``. Expected: FRK002, FRK003, FRK004 (one each);
no FRK001 at the five default-method sinks.
"""
import multiprocessing
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_CTX = multiprocessing.get_context()


def _work(n):
    return n * 3


def threaded(numbers):
    with ThreadPoolExecutor(4) as tp:
        return list(tp.map(_work, numbers))


def defaults(numbers):
    with multiprocessing.Pool(2) as pool:
        a = pool.map(_work, numbers)
    with ProcessPoolExecutor() as ex:
        b = list(ex.map(_work, numbers))
    with multiprocessing.Manager() as manager:
        c = list(manager.list(numbers))
    proc = _CTX.Process(target=_work, args=(1,))
    proc.start()
    proc2 = multiprocessing.Process(target=_work, args=(2,))
    proc2.start()
    return a, b, c, proc, proc2


def pinned(numbers):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        return pool.map(_work, numbers)


def detach():
    if os.fork():  # error: FRK003:8
        os._exit(0)


def niced(argv):
    return subprocess.Popen(argv, preexec_fn=lambda: os.nice(5))  # error: FRK004:12
