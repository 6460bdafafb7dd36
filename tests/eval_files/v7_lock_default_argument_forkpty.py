"""v7_lock_default_argument_forkpty: threading.Lock() as the default argument of a module-level def.

Clause: Evidence -- a lock call "that runs when the module is imported: module-level statements";
"Not inside a function body or a lambda". A default argument of a module-level `def` is evaluated
when the def statement runs (import time) and is not part of the function body.
READING (rules.md does not name default arguments): this is import-time lock evidence.
Sink: os.forkpty().
Expected: FRK003 at os.forkpty() in open_console().
"""
import os
import select
import threading


def append_transcript(path, data, _lock=threading.Lock()):
    with _lock:
        with open(path, "ab") as fh:
            fh.write(data)


def open_console(shell="/bin/sh"):
    pid, master_fd = os.forkpty()  # error: FRK003:22
    if pid == 0:
        os.execv(shell, [shell, "-i"])
    return pid, master_fd


def pump(master_fd, transcript):
    while True:
        ready, _, _ = select.select([master_fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(master_fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        append_transcript(transcript, chunk)
