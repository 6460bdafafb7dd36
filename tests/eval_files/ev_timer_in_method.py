"""Evidence: `threading.Timer` constructed inside a method, spelled as a module attribute.

rules.md, "Evidence": a module has thread evidence when anywhere in it (module level,
functions, methods, lambdas) it constructs `threading.Timer`.  The double-fork daemon
below forks twice with `os.fork()` (raw fork, FRK003, one finding per call).
Expected: FRK003 at both `os.fork()` calls (inside the `if` tests); nothing else.
"""
import os
import sys
import threading


class Watchdog:
    """Kills the process if it is not fed within `seconds`."""

    def __init__(self, seconds):
        self.seconds = seconds
        self._timer = None

    def feed(self):
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self):
        sys.stderr.write("watchdog expired\n")
        os._exit(3)


def daemonize(pidfile):
    if os.fork() > 0:  # error: FRK003:8
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:  # error: FRK003:8
        os._exit(0)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
