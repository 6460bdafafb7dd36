"""FRK004: subprocess.Popen/run/call/check_call/check_output with preexec_fn= anything but the literal None (a function, a lambda, a parameter, a constant that happens to be None); preexec_fn=None and start_new_session=True are not flagged; a multi-line call is reported at its first line (rules.md sink table, pre-exec hook)."""
import os
import resource
import subprocess
import threading
from subprocess import check_output

NO_HOOK = None
_log_lock = threading.Lock()


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run_sandboxed(cmd):
    return subprocess.run(cmd, preexec_fn=_limit_memory, check=True)  # error: FRK004:12


def start_detached(cmd):
    return subprocess.Popen(  # error: FRK004:12
        cmd,
        stdout=subprocess.DEVNULL,
        preexec_fn=os.setsid,
    )


def legacy_call(cmd):
    rc = subprocess.call(cmd, preexec_fn=lambda: os.nice(10))  # error: FRK004:10
    subprocess.check_call(cmd, preexec_fn=None)
    return rc


def git_rev(repo, hook=None):
    out = check_output(["git", "rev-parse", "HEAD"], cwd=repo, preexec_fn=hook)  # error: FRK004:11
    subprocess.check_call(["git", "fetch"], cwd=repo, preexec_fn=NO_HOOK)  # error: FRK004:5
    subprocess.run(["git", "gc"], cwd=repo, start_new_session=True)
    return out.strip()
