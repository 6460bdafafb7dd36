"""v4_kw_popen_dict_forms: ``Popen(cmd, **opts)`` where the checker can read ``opts``.

rules.md, Corrections (version 2): "Popen(cmd, **opts) is not an FRK004 sink unless it can see
opts holds preexec_fn". The same holds for the other pre-exec-hook calls (``run``,
``check_output``, ``asyncio.create_subprocess_exec`` hand their keywords to Popen). Holding
``preexec_fn``: a display bound in the same function, an inline ``dict(...)``, a display passed
to ``create_subprocess_exec`` (FRK004). Readable without it: a ``dict(...)`` and an inline display.
Evidence: ``multiprocessing.dummy.Pool`` (``from multiprocessing.dummy import Pool as
ThreadPool``). Expected: three FRK004.
"""
import asyncio
import os
import resource
import subprocess
from multiprocessing.dummy import Pool as ThreadPool


def _set_limits():
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


def run_sandboxed(argv, workdir):
    opts = {"cwd": workdir, "preexec_fn": _set_limits}
    return subprocess.Popen(argv, **opts)  # error: FRK004:12


def capture(argv):
    return subprocess.check_output(argv, **dict(preexec_fn=os.setpgrp, stderr=subprocess.STDOUT))  # error: FRK004:12


async def run_async(argv):
    kwargs = {"stdout": asyncio.subprocess.PIPE, "preexec_fn": _set_limits}
    proc = await asyncio.create_subprocess_exec(*argv, **kwargs)  # error: FRK004:18
    out, _ = await proc.communicate()
    return out


def run_plain(argv, workdir="/tmp"):
    opts = dict(cwd=workdir, env={"PATH": os.defpath})
    return subprocess.run(argv, check=True, **opts)


def run_detached(argv):
    return subprocess.call(argv, **{"start_new_session": True, "close_fds": True})


def run_all(commands):
    with ThreadPool(4) as pool:
        return pool.map(run_plain, commands)
