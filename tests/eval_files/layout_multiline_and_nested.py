"""Positions: multi-line calls are reported at the line/column where the call expression starts; sinks nested in other expressions (comprehension, dict, tuple, lambda, call arguments, conditional) get their own column; several sinks on one line give several findings (rules.md "Findings")."""
import multiprocessing
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_ready = threading.Event()

POOLS = {"cpu": ProcessPoolExecutor(max_workers=4)}  # error: FRK001:17
make_pool = lambda n: multiprocessing.Pool(n)  # error: FRK001:23


def _double(x):
    return 2 * x


def multi_line(xs):
    pool = (
        multiprocessing  # error: FRK001:9
        .Pool(4)  # (the call expression starts on the line above)
    )
    executor = (
        ProcessPoolExecutor(max_workers=2)  # error: FRK001:9
    )
    return pool, executor


def multi_line_fluent(xs):
    return multiprocessing.Pool(  # error: FRK001:12
        processes=2,
        maxtasksperchild=100,
    ).map(_double, xs)


def nested(xs, parallel):
    total = sum(multiprocessing.Pool(2).map(_double, xs))  # error: FRK001:17
    procs = [multiprocessing.Process(target=_double, args=(x,)) for x in xs]  # error: FRK001:14
    runner = ProcessPoolExecutor() if parallel else None  # error: FRK001:14
    print("forked", os.fork(), "and", os.fork())  # error: FRK003:21, FRK003:39
    return total, procs, runner


def benchmark_start_methods(xs):
    pools = {"fork": multiprocessing.get_context("fork").Pool(2), "default": multiprocessing.Pool(2)}  # error: FRK002:22, FRK001:78
    return {name: p.map(_double, xs) for name, p in pools.items()}


def run_logged(cmd):
    return subprocess.run(  # error: FRK004:12
        cmd, check=True, preexec_fn=_ready.wait
    ) if cmd else subprocess.call(cmd, preexec_fn=None)
