"""FRK004: `preexec_fn=` is exempt only when it is the literal `None`.

Situation: a job runner pumps child output on a thread (evidence) and runs commands with
several `preexec_fn=` values: literal `None`, no hook but `start_new_session=True`, a hook
returned by a factory call, a parameter whose default is `None`, and `os.setpgrp` through a
`from subprocess import Popen as Spawn` alias.

rules.md, Sinks table, pre-exec hook: "`subprocess.Popen` / `run` / `call` / `check_call` /
`check_output` ... with the keyword `preexec_fn=` anything but `None`". Details:
"`preexec_fn` is exempt only when it is the literal `None`."

Expected: no finding for `preexec_fn=None` or `start_new_session=True`; FRK004 at
`subprocess.call(...)`, at `subprocess.check_call(...)` (a name that may hold None is not the
literal None) and at `Spawn(...)`.
"""
import os
import subprocess
import threading
from subprocess import Popen as Spawn


def _pump(stream):
    for line in stream:
        print(line.rstrip())


def start_log_pump(proc):
    pump = threading.Thread(target=_pump, args=(proc.stdout,), daemon=True)
    pump.start()
    return pump


def _demote(uid, gid):
    def set_ids():
        os.setgid(gid)
        os.setuid(uid)

    return set_ids


def run_plain(cmd):
    return subprocess.run(cmd, preexec_fn=None, check=True)


def run_new_session(cmd):
    return subprocess.Popen(cmd, start_new_session=True)


def run_as(cmd, uid, gid):
    return subprocess.call(cmd, preexec_fn=_demote(uid, gid))  # error: FRK004:12


def run_with_hook(cmd, hook=None):
    return subprocess.check_call(cmd, preexec_fn=hook)  # error: FRK004:12


def run_grouped(cmd):
    proc = Spawn(cmd, stdout=subprocess.PIPE, preexec_fn=os.setpgrp)  # error: FRK004:12
    start_log_pump(proc)
    return proc
