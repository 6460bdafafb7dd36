"""Trap: a function rebinds the imported name `Thread` to a local class before calling it.

Situation: the module imports `Thread` from threading for an isinstance check only. Inside
`run_serially`, `Thread = InlineRunner` makes `Thread` a local variable of that function (Python
scoping: an assignment anywhere in a function makes the name local to the whole function), so
`Thread(target=job)` there constructs an `InlineRunner`.

rules.md, Evidence: "A name that is not bound by such an import (a local class called
`Thread`, a parameter called `threading`, a shadowed import) is not evidence"; "Resolution
follows scopes".
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding; `os.fork()` in `detach` is silent. An isinstance check is not a
construction.
"""
import os
from threading import Thread


class InlineRunner:
    """Runs its target synchronously; drop-in for Thread in dry-run mode."""

    def __init__(self, target, args=()):
        self._target = target
        self._args = args

    def start(self):
        self._target(*self._args)

    def join(self, timeout=None):
        return None


def run_serially(jobs):
    Thread = InlineRunner
    runners = []
    for job in jobs:
        runner = Thread(target=job)
        runner.start()
        runners.append(runner)
    return runners


def is_real_thread(obj):
    return isinstance(obj, Thread)


def detach():
    if os.fork():
        os._exit(0)
    os.setsid()
