"""FRK003: os.fork() in a classic double-fork daemonize, in a module with a module-level RLock; os.register_at_fork is not a sink (rules.md sink table, raw fork)."""
import os
import sys
import threading

_pidfile_lock = threading.RLock()
_pidfile_path = None


def _forget_pidfile():
    global _pidfile_path
    _pidfile_path = None


def daemonize(pidfile: str) -> None:
    global _pidfile_path
    if os.fork() > 0:  # error: FRK003:8
        sys.exit(0)
    os.setsid()
    if os.fork():  # error: FRK003:8
        sys.exit(0)
    with _pidfile_lock, open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
        _pidfile_path = pidfile


os.register_at_fork(after_in_child=_forget_pidfile)
