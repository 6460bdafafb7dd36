"""gap6_dunder_main_signal_thread_pty.

Clause: "Programs (entry points)" -- `__main__.py` files of project packages are entry
points; a program is the entry point and every project module it imports, transitively
(`__main__` -> app -> reload, session). reload.on_sighup() starts a threading.Thread and is
reached only as a `signal.signal` handler (not a resolved call, README reading 1), so only
the program links it here: the `pty.fork()` in attach() is FRK003.
"""
import os
import pty


def attach(cmd):
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(cmd[0], cmd)
    while True:
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    _, status = os.waitpid(pid, 0)
    return os.WEXITSTATUS(status)
