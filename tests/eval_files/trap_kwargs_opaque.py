"""Trap (version 2): `**kwargs` the checker cannot read may carry `mp_context` / `preexec_fn`.

Situation: a module with thread evidence builds executors and subprocesses from caller-supplied
options: `ProcessPoolExecutor(**opts)` with `opts` a `**kwargs` parameter, `Popen(cmd,
**popen_options)` with a plain parameter, and `run(cmd, **merged)` where `merged` is a dict
display that splices in an unknown `**base`.

rules.md, Corrections (version 2): "A call with `**kwargs` may carry the context or
`preexec_fn`: `ProcessPoolExecutor(**opts)` is not a default-method sink unless the checker can
see that `opts` lacks `mp_context` (a dict display or `dict(...)` call it can read);
`Popen(cmd, **opts)` is not an FRK004 sink unless it can see `opts` holds `preexec_fn`.
Unknown is not unsafe."

Expected: no finding.

AMBIGUOUS (mild): `merged = {**base, "max_workers": 2}` is a dict display, but one the checker
cannot fully read: the unknown `**base` may hold `mp_context`. This file reads "a dict display
... it can read" as excluding displays with an unknown splice, so it is unknown, not unsafe.
"""
import subprocess
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _monitor():
    while True:
        time.sleep(1)


def start_monitor():
    threading.Thread(target=_monitor, daemon=True).start()


def make_executor(**opts):
    return ProcessPoolExecutor(**opts)


def make_tuned_executor(base):
    merged = {**base, "max_workers": 2}
    return ProcessPoolExecutor(**merged)


def launch(cmd, popen_options):
    return subprocess.Popen(cmd, **popen_options)


def launch_checked(cmd, **run_options):
    return subprocess.run(cmd, check=True, **run_options)
