"""Version-2 correction: `**kwargs` that may carry `preexec_fn` or `mp_context`.

rules.md, "Corrections (version 2)": `ProcessPoolExecutor(**opts)` is not a default-method sink
"unless the checker can see that opts lacks mp_context (a dict display or dict(...) call it can
read)"; `Popen(cmd, **opts)` is not an FRK004 sink "unless it can see opts holds preexec_fn".
"Unknown is not unsafe."
Evidence: a `threading.Thread` started in start_log_pump().
Expected: FRK004 at the Popen whose visible dict display holds preexec_fn; FRK001 at the two
executors whose visible dict display / inline dict(...) lack mp_context; nothing at the opaque
parameters, at the dict(...) without preexec_fn, or at the dict carrying a spawn context.
"""
import multiprocessing as mp
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor


def _pump(stream):
    for line in stream:
        print(line, end="")


def start_log_pump(stream):
    threading.Thread(target=_pump, args=(stream,), daemon=True).start()


def start_service(cmd):
    opts = {"cwd": "/srv", "preexec_fn": os.setsid}
    return subprocess.Popen(cmd, **opts)  # error: FRK004:12


def start_plain(cmd):
    opts = dict(cwd="/srv", env={"LANG": "C"})
    return subprocess.Popen(cmd, **opts)


def start_configured(cmd, popen_kwargs):
    return subprocess.Popen(cmd, **popen_kwargs)


def executor_from_dict():
    pool_opts = {"max_workers": 4}
    return ProcessPoolExecutor(**pool_opts)  # error: FRK001:12


def executor_from_call():
    return ProcessPoolExecutor(**dict(max_workers=2))  # error: FRK001:12


def executor_from_settings(settings):
    return ProcessPoolExecutor(**settings)


def executor_spawn():
    return ProcessPoolExecutor(**dict(max_workers=2, mp_context=mp.get_context("spawn")))
