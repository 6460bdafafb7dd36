"""FRK003 for `os.forkpty()`, `pty.spawn()` (through an alias) and `pty.fork()` (module alias).

Situation: a console recorder keeps a connection alive with `_thread.start_new_thread`
(evidence) and opens pseudo-terminals three ways.

rules.md, Evidence: "it calls `_thread.start_new_thread` / `_thread.start_new`".
rules.md, Sinks table, raw fork: "`os.fork()`, `os.forkpty()`, `pty.fork()`, `pty.spawn()`, a
`socketserver` forking server". Codes: FRK003 raw fork. Names resolve through imports
(`from pty import spawn as run_in_pty`, `import pty as _pty`).

Expected: FRK003 at `os.forkpty()`, at `run_in_pty(argv)` and at `_pty.fork()`.
"""
import _thread
import os
import pty as _pty
import time
from pty import spawn as run_in_pty


def _keepalive(sock):
    while True:
        sock.sendall(b"\0")
        time.sleep(15)


def start_keepalive(sock):
    return _thread.start_new_thread(_keepalive, (sock,))


def open_console(argv):
    pid, master_fd = os.forkpty()  # error: FRK003:22
    if pid == 0:
        os.execvp(argv[0], argv)
    return pid, master_fd


def record_session(argv):
    return run_in_pty(argv)  # error: FRK003:12


def attach(argv):
    pid, fd = _pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    return fd
