# options: --forksafe-extra-lock-factories=appkit.sync.make_lock
"""v4_trap_extra_lock_factory_in_function: a configured lock factory called only at run time.

rules.md, Options: extra lock factories "count as lock factories", and a lock factory call is
evidence only when it "runs when the module is imported ... Not inside a function body or a
lambda". ``sync.make_lock`` (``from appkit import sync``) is called in a function, a method and
a module-level lambda only. No other evidence, so ``os.fork()`` is not reported.
Expected: nothing.
"""
import os

from appkit import sync

_default_lock = lambda: sync.make_lock("default")  # noqa: E731


def lock_for(resource):
    return sync.make_lock(resource)


class Spool:
    def __init__(self, path):
        self.path = path
        self._guard = sync.make_lock(path)

    def append(self, line):
        with self._guard:
            with open(self.path, "a") as fh:
                fh.write(line + "\n")


def run_detached(argv):
    pid = os.fork()
    if pid == 0:
        os.setsid()
        os.execvp(argv[0], argv)
    return pid
