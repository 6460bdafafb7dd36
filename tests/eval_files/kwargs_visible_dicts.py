"""Version 2 `**kwargs`: dict displays and `dict(...)` calls the checker can read decide.

Situation: a module with thread evidence passes options through readable dicts bound in the
same function, or inline dict displays.

rules.md, Corrections (version 2): "`ProcessPoolExecutor(**opts)` is not a default-method sink
unless the checker can see that `opts` lacks `mp_context` (a dict display or `dict(...)` call
it can read); `Popen(cmd, **opts)` is not an FRK004 sink unless it can see `opts` holds
`preexec_fn`."

Expected: FRK001 at `ProcessPoolExecutor(**opts)` in `small_executor` (dict display without
`mp_context`) and at `ProcessPoolExecutor(**{...})` in `inline_executor`; nothing in
`spawn_executor` (`dict(...)` holds `mp_context`, a spawn context); FRK004 at
`subprocess.Popen(cmd, **popen_opts)` (the display holds `preexec_fn=os.setpgrp`); nothing for
`subprocess.run(cmd, **{"cwd": ...})` (visibly no `preexec_fn`).
"""
import multiprocessing as mp
import os
import subprocess
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _reap():
    while True:
        time.sleep(3)


def start_reaper():
    reaper = threading.Thread(target=_reap, daemon=True)
    reaper.start()


def small_executor():
    opts = {"max_workers": 2}
    return ProcessPoolExecutor(**opts)  # error: FRK001:12


def spawn_executor():
    opts = dict(max_workers=2, mp_context=mp.get_context("spawn"))
    return ProcessPoolExecutor(**opts)


def inline_executor():
    return ProcessPoolExecutor(**{"max_workers": os.cpu_count()})  # error: FRK001:12


def grouped(cmd):
    popen_opts = {"preexec_fn": os.setpgrp, "stdout": subprocess.PIPE}
    return subprocess.Popen(cmd, **popen_opts)  # error: FRK004:12


def in_tmp(cmd):
    return subprocess.run(cmd, **{"cwd": "/tmp", "check": True})
