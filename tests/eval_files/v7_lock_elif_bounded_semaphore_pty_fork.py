"""v7_lock_elif_bounded_semaphore_pty_fork: BoundedSemaphore created only in the `elif` branch of a module-level if.

Clause: Evidence -- module-level lock "also inside module-level if ... blocks"; the elif branch
is part of the module-level if statement (the else branch creates nothing). Sink: pty.fork().
Expected: FRK003 at pty.fork() in run_interactive().
"""
import os
import pty
import sys
import threading

if sys.platform == "win32":
    raise ImportError("ttyrec needs a POSIX terminal")
elif os.environ.get("TTYREC_SESSIONS"):
    _SESSIONS = threading.BoundedSemaphore(int(os.environ["TTYREC_SESSIONS"]))
else:
    _SESSIONS = None


def _copy(fd, log):
    while True:
        try:
            data = os.read(fd, 1024)
        except OSError:
            return
        if not data:
            return
        log.write(data)
        os.write(sys.stdout.fileno(), data)


def run_interactive(argv, log_path):
    if _SESSIONS is not None and not _SESSIONS.acquire(blocking=False):
        raise RuntimeError("too many recording sessions")
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    with open(log_path, "ab") as log:
        _copy(fd, log)
    os.waitpid(pid, 0)
    if _SESSIONS is not None:
        _SESSIONS.release()
