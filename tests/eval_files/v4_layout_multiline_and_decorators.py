"""v4_layout_multiline_and_decorators: multi-line calls and decorated definitions.

rules.md, Findings: "1-based line and 0-based column of the call expression's start"; for a
call spanning lines that is its first line (fixture convention). A chained call that starts on
the line after an opening parenthesis starts there. A decorator is not the sink's position.
Evidence: a lock in the argument of a multi-line decorator of a module-level function
("decorator arguments of module-level definitions" run at import time). Sinks: ``Popen`` with
``preexec_fn`` (FRK004), ``ProcessPoolExecutor`` (FRK001), inline fork context (one FRK002),
``Manager()`` in a decorated static method (FRK001). Expected: four findings.
"""
import contextlib
import functools
import multiprocessing
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_HANDLERS = {}


def register(name, guard=None):
    def deco(fn):
        _HANDLERS[name] = (fn, guard)
        return fn

    return deco


def _drop_privileges():
    os.setgid(65534)
    os.setuid(65534)


def _init_worker():
    os.nice(5)


@register(
    "convert",
    guard=threading.RLock(),
)
def convert(argv):
    proc = subprocess.Popen(  # error: FRK004:12
        argv,
        stdout=subprocess.PIPE,
        preexec_fn=_drop_privileges,
    )
    return proc.communicate()[0]


@functools.lru_cache(maxsize=None)
def shared_executor():
    return ProcessPoolExecutor(  # error: FRK001:12
        max_workers=4,
        initializer=_init_worker,
    )


@contextlib.contextmanager
def forked_pool(size):
    pool = (
        multiprocessing  # error: FRK002:9
        .get_context("fork")
        .Pool(size)
    )
    try:
        yield pool
    finally:
        pool.terminate()


class Jobs:
    @staticmethod
    @register("jobs")
    def manager():
        return multiprocessing.Manager()  # error: FRK001:16
