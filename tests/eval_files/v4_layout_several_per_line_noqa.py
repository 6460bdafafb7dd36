"""v4_layout_several_per_line_noqa: several findings on one line, one-finding sites, and noqa.

rules.md, Findings: "One finding per sink; several sinks, several findings. Output order is by
position." A fork context "is reported once, at its get_context("fork") call ... Inline
get_context("fork").Pool() is one finding", also inside ``ProcessPoolExecutor(mp_context=...)``.
flake8 itself drops a finding whose line has ``# noqa`` or ``# noqa: FRK003``; ``# noqa: E501``
does not cover FRK003. Evidence: module-level ``th.Lock()`` (``import threading as th``).
Expected: ten findings on seven lines (none on the two noqa-covered lines).
"""
import multiprocessing
import os
import pty
import subprocess
import threading as th
from concurrent.futures import ProcessPoolExecutor

_STATE_LOCK = th.Lock()


def pools():
    return multiprocessing.Pool(2), multiprocessing.Manager()  # error: FRK001:12, FRK001:37


def spawn_shell(use_pty):
    return pty.fork()[0] if use_pty else os.fork()  # error: FRK003:12, FRK003:42


def forked_executor():
    return ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork"))  # error: FRK002:43


def forked_pool():
    return multiprocessing.get_context("fork").Pool(2)  # error: FRK002:12


def run_both(first, second, hook):
    return subprocess.run(first, preexec_fn=hook), subprocess.run(second, preexec_fn=os.setsid)  # error: FRK004:12, FRK004:52


def quiet_fork():
    return os.fork()  # noqa: FRK003


def quiet_pty():
    return pty.fork()  # noqa


def still_reported():
    return os.forkpty()  # noqa: E501  # error: FRK003:12


def child_or_parent():
    if (pid := os.fork()) == 0:  # error: FRK003:16
        os._exit(0)
    with _STATE_LOCK:
        return pid
