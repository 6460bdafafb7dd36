"""Watch tile directories and print a line whenever a file changes."""
import os
import threading
import time


def _snapshot(paths):
    stamps = {}
    for root in paths:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                full = os.path.join(dirpath, name)
                stamps[full] = os.stat(full).st_mtime
    return stamps


def _poll(paths, interval):
    before = _snapshot(paths)
    while True:
        time.sleep(interval)
        after = _snapshot(paths)
        for path in sorted(set(after) - set(before)):
            print("new tile", path)
        before = after


def watch_dir(paths, interval=1.0):
    watcher = threading.Thread(target=_poll, args=(paths, interval), name="tile-watch")
    watcher.start()
    watcher.join()
