# options: --forksafe-extra-lock-factories=appkit.sync.make_lock
"""v4_ev_extra_lock_factory_class_body: a configured lock factory called in a class body.

rules.md, Options: "--forksafe-extra-lock-factories: comma-separated qualified names that count
as lock factories"; Evidence: a lock factory call "that runs when the module is imported ...
class bodies". ``make_lock`` is imported with ``from appkit.sync import make_lock``. Sinks: the
classic double fork of a daemon, two ``os.fork()`` calls (FRK003). Expected: two FRK003.
"""
import os
import sys

from appkit.sync import make_lock


class PidFile:
    _guard = make_lock("pidfile")

    def __init__(self, path):
        self.path = path

    def write(self):
        with self._guard:
            with open(self.path, "w") as fh:
                fh.write(str(os.getpid()))


def daemonize(pidfile):
    if os.fork() > 0:  # error: FRK003:8
        os._exit(0)
    os.setsid()
    if os.fork() > 0:  # error: FRK003:8
        os._exit(0)
    sys.stdout.flush()
    PidFile(pidfile).write()


if __name__ == "__main__":
    daemonize("/tmp/app.pid")
