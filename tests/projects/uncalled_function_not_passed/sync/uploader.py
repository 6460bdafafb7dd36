"""Case uncalled_function_not_passed.

rules.md, Across modules > Import-time threads / Functions and classes: sync.watcher starts a
thread only inside start_watcher(), which nothing calls. Importing the module and reading a
constant starts no thread, so this module has no evidence and its pool is not reported.
There is no entry point (a program would make any thread in it evidence).
"""
from concurrent.futures import ProcessPoolExecutor

from sync import watcher


def _upload(path):
    return len(path)


def upload_all(files):
    interval = watcher.POLL_INTERVAL
    with ProcessPoolExecutor(max_workers=int(interval) + 1) as executor:
        return list(executor.map(_upload, files))
