"""v4_ev_try_block_rlock_forkpty: a module-level lock made inside a module-level ``try``.

rules.md, Evidence: a module-level lock "that runs when the module is imported: module-level
statements (also inside module-level if/try/with/for blocks)", resolved through
``from threading import RLock as _RLock``. Sinks: raw fork, ``os.forkpty()`` and
``pty.spawn()`` (FRK003). Expected: two FRK003.
"""
import os
import pty
import sys

try:
    from threading import RLock as _RLock

    _SESSIONS_LOCK = _RLock()
except ImportError:  # pragma: no cover - interpreters built without threads
    _SESSIONS_LOCK = None

_SESSIONS = {}


def open_session(shell="/bin/sh"):
    """Start an interactive shell on a pseudo-terminal and remember its fd."""
    pid, master_fd = os.forkpty()  # error: FRK003:22
    if pid == 0:
        os.execv(shell, [shell, "-i"])
    if _SESSIONS_LOCK is not None:
        with _SESSIONS_LOCK:
            _SESSIONS[pid] = master_fd
    return pid


def record_terminal(argv, logfile):
    """Run argv under a pty and copy everything it prints into logfile."""
    with open(logfile, "wb") as log:

        def _read(fd):
            data = os.read(fd, 1024)
            log.write(data)
            return data

        return pty.spawn(argv, _read)  # error: FRK003:16


def close_all():
    for pid, fd in list(_SESSIONS.items()):
        os.close(fd)
        os.waitpid(pid, 0)
        del _SESSIONS[pid]


if __name__ == "__main__":
    sys.exit(open_session())
