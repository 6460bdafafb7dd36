"""v4_ev_nested_class_condition_pty_fork: a ``threading.Condition`` in a nested class body.

rules.md, Evidence: module-level locks include "class bodies (nested classes too)", which run
at import time. Sinks: ``pty.fork()`` is a raw fork (FRK003); ``multiprocessing.Manager()``
uses the default start method (FRK001). Expected: FRK003 and FRK001.
"""
import multiprocessing
import os
import pty
import threading


def _collect(shared, pid):
    shared[pid] = os.waitpid(pid, 0)[1]


class TerminalPool:
    """Keeps a few pseudo-terminals ready for the test runner."""

    class _State:
        ready = threading.Condition()
        slots = []

    def __init__(self, size):
        self.size = size

    def spawn_one(self, argv):
        pid, fd = pty.fork()  # error: FRK003:19
        if pid == 0:
            os.execvp(argv[0], argv)
        with self._State.ready:
            self._State.slots.append((pid, fd))
            self._State.ready.notify()
        return pid

    def wait_for_slot(self, timeout=5.0):
        with self._State.ready:
            self._State.ready.wait_for(lambda: self._State.slots, timeout)
            return self._State.slots.pop(0)

    def exit_codes(self):
        with multiprocessing.Manager() as manager:  # error: FRK001:14
            shared = manager.dict()
            for pid, _fd in self._State.slots:
                _collect(shared, pid)
            return dict(shared)
