"""Case kwargs_popen_options.

rules.md, Corrections (version 2), first bullet: `Popen(cmd, **opts)` is not an FRK004 sink
unless the checker can see `opts` holds `preexec_fn` (and, from the sink table, preexec_fn is
exempt only when it is the literal None). Thread evidence: imports deploy.progress.
"""
import os
import subprocess

from deploy import progress  # noqa: F401


def run_with(cmd, opts):
    return subprocess.Popen(cmd, **opts)


def run_detached(cmd):
    opts = {"preexec_fn": os.setsid, "close_fds": True}
    return subprocess.Popen(cmd, **opts)  # error: FRK004:12


def run_in_dir(cmd):
    opts = {"cwd": "/srv/app"}
    return subprocess.Popen(cmd, **opts)


def run_plain(cmd):
    opts = dict(preexec_fn=None)
    return subprocess.Popen(cmd, **opts)
