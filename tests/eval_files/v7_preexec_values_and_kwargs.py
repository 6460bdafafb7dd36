"""v7_preexec_values_and_kwargs: which preexec_fn values and which **kwargs are sinks.

Clause: "preexec_fn is exempt only when it is the literal None" (a name bound to None and a
conditional expression are not the literal); v2 correction: **kwargs "may carry the context or
preexec_fn": a dict display the checker can read that lacks mp_context is a default-method sink,
one holding preexec_fn is FRK004; an opaque mapping is not a sink ("Unknown is not unsafe").
READING: `{**base_opts, "max_workers": 2}` is only partly readable (base_opts may hold
mp_context), so it is unknown, not a sink.
Expected: FRK004 at subprocess.call, subprocess.run (multi-line, first line) and the last
subprocess.Popen in run_tool(); FRK001 at the first ProcessPoolExecutor(**opts) in checksum_all().
"""
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_NO_HOOK = None


def _reap_loop():
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def start_reaper():
    reaper = threading.Thread(target=_reap_loop, name="reaper", daemon=True)
    reaper.start()
    return reaper


def run_tool(cmd, detach=False, **popen_kwargs):
    subprocess.check_call(cmd, preexec_fn=None)
    subprocess.call(cmd, preexec_fn=_NO_HOOK)  # error: FRK004:5
    subprocess.run(  # error: FRK004:5
        cmd,
        check=True,
        preexec_fn=os.setsid if detach else None,
    )
    subprocess.Popen(cmd, **popen_kwargs).wait()
    return subprocess.Popen(cmd, **{"preexec_fn": os.setpgrp})  # error: FRK004:12


def _checksum(path):
    with open(path, "rb") as fh:
        return sum(fh.read()) & 0xFFFF


def checksum_all(paths, base_opts):
    opts = {"max_workers": 4}
    with ProcessPoolExecutor(**opts) as ex:  # error: FRK001:10
        plain = list(ex.map(_checksum, paths))
    merged = {**base_opts, "max_workers": 2}
    with ProcessPoolExecutor(**merged) as ex:
        tuned = list(ex.map(_checksum, paths))
    with ProcessPoolExecutor(**base_opts) as ex:
        given = list(ex.map(_checksum, paths))
    return plain, tuned, given
