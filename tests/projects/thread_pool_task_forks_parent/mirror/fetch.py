"""Case thread_pool_task_forks_parent.

rules.md, Corrections (version 2): "a thread pool's tasks run in the parent". _fetch() runs only
as a ThreadPoolExecutor task, so it is parent code, in a module that starts threads
(ThreadPoolExecutor): its subprocess.run(preexec_fn=...) is FRK004, and the os.fork() in
mirror/sandbox.py, reached by a call from _fetch(), is FRK003 ("evidence flows to the callee").
"""
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

from mirror import sandbox


def _fetch(url):
    subprocess.run(["curl", "-sSO", url], preexec_fn=os.setpgrp, check=True)  # error: FRK004:5
    return sandbox.verify(url)


def fetch_all(urls):
    with ThreadPoolExecutor(max_workers=4) as threads:
        return list(threads.map(_fetch, urls))
