"""Trap: local classes named `Thread` and `Timer` that have nothing to do with threading.

Situation: a mail client module defines its own `Thread` (a conversation) and `Timer` (a
stopwatch) and constructs both. It imports `get_ident` from threading, which is not evidence.

rules.md, Evidence: "A name that is not bound by such an import (a local class called
`Thread`, a parameter called `threading`, a shadowed import) is not evidence".
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding; the `subprocess.run(..., preexec_fn=os.setsid)` (an FRK004 sink) and the
`os.fork()` are silent because nothing here is thread evidence.
"""
import os
import subprocess
import time
from threading import get_ident


class Thread:
    """A mail conversation: a subject and its messages."""

    def __init__(self, subject, messages=None):
        self.subject = subject
        self.messages = list(messages or [])
        self.owner = get_ident()


class Timer:
    """A stopwatch used to time folder syncs."""

    def __init__(self):
        self.started = time.monotonic()

    def elapsed(self):
        return time.monotonic() - self.started


def open_thread(subject):
    return Thread(subject)


def sync_folder(folder):
    clock = Timer()
    subprocess.run(["mbsync", folder], preexec_fn=os.setsid, check=True)
    return clock.elapsed()


def fork_indexer():
    pid = os.fork()
    if pid == 0:
        os.execvp("notmuch", ["notmuch", "new"])
    return pid
