"""FRK004: `preexec_fn=` on the subprocess entry points; exempt only for the literal `None`.

rules.md, "Sinks": `subprocess.Popen / run / call / check_call / check_output` "with the keyword
preexec_fn= anything but None"; "preexec_fn is exempt only when it is the literal None", so a
parameter that may be None at run time is still a sink.  Names resolve through
`from subprocess import Popen as _Popen` and `from subprocess import check_output`.
Evidence: a module-level `threading.RLock()` inside a module-level `if`.
Expected: FRK004 at subprocess.run, subprocess.call (lambda hook), check_output, subprocess.Popen
with a parameter hook, and _Popen with a function hook; nothing at `preexec_fn=None` or at
`start_new_session=True`.
"""
import os
import subprocess
import threading
from subprocess import Popen as _Popen
from subprocess import check_output

if os.name == "posix":
    _STATE_LOCK = threading.RLock()
else:
    _STATE_LOCK = None

SERVICE_UID = 1000


def _drop_privileges():
    os.setgid(SERVICE_UID)
    os.setuid(SERVICE_UID)


def install(package):
    subprocess.run(["pip", "install", package], check=True, preexec_fn=_drop_privileges)  # error: FRK004:5


def low_priority(cmd):
    return subprocess.call(cmd, preexec_fn=lambda: os.nice(10))  # error: FRK004:12


def version(tool):
    return check_output([tool, "--version"], preexec_fn=os.setpgrp, text=True)  # error: FRK004:12


def launch(cmd, hook=None):
    return subprocess.Popen(cmd, preexec_fn=hook)  # error: FRK004:12


def launch_as_service(cmd):
    return _Popen(cmd, stdout=subprocess.PIPE, preexec_fn=_drop_privileges)  # error: FRK004:12


def launch_plain(cmd):
    return _Popen(cmd, preexec_fn=None)


def launch_detached(cmd):
    return subprocess.check_call(cmd, start_new_session=True)
