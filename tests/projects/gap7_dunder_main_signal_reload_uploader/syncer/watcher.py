"""Reload the ignore list in the background when the process gets SIGHUP."""
import fnmatch
import os
import threading

IGNORE = ["*.tmp", "*.swp"]


def _reload_ignores(path):
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as fh:
        IGNORE[:] = [line.strip() for line in fh if line.strip()]


def on_reload(signum, frame):
    worker = threading.Thread(target=_reload_ignores, args=(".syncignore",), daemon=True)
    worker.start()


def ignored(name):
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORE)
