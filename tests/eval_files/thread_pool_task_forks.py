"""Version 2: a thread pool's tasks run in the parent, so their forks are parent forks.

Situation: an archiver submits `_archive` and `_detach_uploader` to a `ThreadPoolExecutor`.
`_archive` runs `tar` with a `preexec_fn=` hook; `_detach_uploader` calls `os.fork()`.

rules.md, Corrections (version 2): child-only code covers *process* pool tasks; "a thread
pool's tasks run in the parent". Evidence: "it constructs
`concurrent.futures.ThreadPoolExecutor`". Sinks: pre-exec hook (FRK004) and "`os.fork()`"
(FRK003).

Expected: FRK004 at `subprocess.run(...)` in `_archive`; FRK003 at `os.fork()` in
`_detach_uploader`.
"""
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor


def _lower_priority():
    os.nice(10)


def _archive(path):
    return subprocess.run(["tar", "czf", path + ".tgz", path], preexec_fn=_lower_priority)  # error: FRK004:12


def _detach_uploader(path):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execvp("rclone", ["rclone", "copy", path + ".tgz", "remote:"])
    return pid


def archive_all(paths):
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(_archive, paths))
        pool.submit(_detach_uploader, paths[0]).result()
    return results
