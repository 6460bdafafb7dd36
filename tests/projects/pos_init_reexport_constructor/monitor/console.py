"""Case pos_init_reexport_constructor.

rules.md, Across modules > Functions and classes: "a call to ... a class (its `__init__` ...)
... has the effects of that body"; "if the body starts threads, the calling module has thread
evidence". DiskWatcher is reached through the package `__init__.py` re-export
(`from monitor import DiskWatcher`); its `__init__` starts a threading.Timer. Evidence is the
module's, so both raw forks here are FRK003: `os.forkpty()` and `pty.fork()` ("raw fork").
"""
import os
import pty

from monitor import DiskWatcher


def open_shell(mounts):
    watcher = DiskWatcher(mounts, interval=5.0)
    pid, fd = os.forkpty()  # error: FRK003:15
    if pid == 0:
        os.execvp("sh", ["sh"])
    return watcher, fd


def attach_tty():
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp("login", ["login"])
    return fd
