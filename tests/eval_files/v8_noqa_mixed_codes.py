"""v8_noqa_mixed_codes.

rules.md, "Findings" (one finding per sink, at the line where the call starts; codes
FRK001-FRK004) as flake8 filters them with noqa comments: a comment naming the reported code
(or a prefix of it, FRK00) silences that line; a comment naming another code does not; on a
line with two findings, naming one code leaves the other; a comment on the closing line of a
multi-line call does not reach the call's first line, where the finding is.
Evidence: a module-level threading.Lock().
Expected: FRK001 in wrong_code, FRK003 in other_prefix, FRK002 in two_on_one_line, FRK001 in
multiline; every other sink line prints nothing.
"""
import multiprocessing as mp
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_LOCK = threading.Lock()


def work(n):
    return n


def pool_silenced(items):
    with mp.Pool(2) as pool:  # noqa: FRK001
        return pool.map(work, items)


def wrong_code(items):
    with mp.Pool(2) as pool:  # noqa: FRK002  # error: FRK001:10
        return pool.map(work, items)


def prefix():
    pid = os.fork()  # noqa: FRK00
    if pid == 0:
        os._exit(0)


def other_prefix():
    pid = os.fork()  # noqa: FRK1  # error: FRK003:11
    if pid == 0:
        os._exit(0)


def run_detached(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)  # NOQA:FRK004


def two_on_one_line(items):
    with mp.get_context("fork").Pool(2) as a, mp.Pool(2) as b:  # noqa: FRK001  # error: FRK002:10
        return a.map(work, items) + b.map(work, items)


def multiline(items):
    executor = ProcessPoolExecutor(  # error: FRK001:16
        max_workers=2,
    )  # noqa: FRK001
    with executor:
        return list(executor.map(work, items))


def main():
    with _LOCK:
        pool_silenced([1])
    wrong_code([2])
    prefix()
    other_prefix()
    run_detached(["true"])
    two_on_one_line([3])
    multiline([4])


if __name__ == "__main__":
    main()
