"""Case callee_other_sink_kinds.

rules.md, Across modules > evidence flows to the callee, for the other sink kinds: called from
the threaded ops/agent.py, an explicit fork context (FRK002, reported once at its get_context
call, also when passed inline as mp_context=), a pty.fork() (FRK003) and a preexec_fn (FRK004)
are reported here.
"""
import multiprocessing
import os
import pty
import subprocess
from concurrent.futures import ProcessPoolExecutor


def _job(item):
    return item


def run_forked(items):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        return pool.map(_job, items)


def run_forked_executor(items):
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork")) as pool:  # error: FRK002:41
        return list(pool.map(_job, items))


def open_console():
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execv("/bin/sh", ["sh"])
    return fd


def run_tool(cmd):
    return subprocess.check_call(cmd, preexec_fn=os.setpgrp)  # error: FRK004:12
