"""Evidence: threading.Semaphore() inside a module-level `if` block (rules.md: module-level locks, "inside module-level if ... blocks")."""
import os
import sys
import threading

if sys.platform.startswith("linux"):
    _inotify_slots = threading.Semaphore(int(os.environ.get("WATCH_SLOTS", "8")))
else:
    _inotify_slots = None


def watch(path: str) -> None:
    if _inotify_slots is not None:
        _inotify_slots.acquire()
    print("watching", path)


def fork_reloader() -> int:
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execv(sys.executable, [sys.executable] + sys.argv)
    return pid
