"""Case neg_thread_pool_tasks_plain_subprocess (expected: no finding).

rules.md, Sinks > pre-exec hook: subprocess calls are sinks only "with the keyword
`preexec_fn=` anything but `None`", and "`preexec_fn` is exempt only when it is the literal
`None`". This module has thread evidence (ThreadPoolExecutor) and runs mirror.sync.clone as a
*thread* pool task ("a thread pool's tasks run in the parent") and calls sync.gc(), so sync.py
runs in a threaded parent; but no call there, or here, is a sink: `Popen`
without preexec_fn, `run(..., preexec_fn=None)`, `check_call(..., start_new_session=True)`,
`asyncio.create_subprocess_exec` without preexec_fn.
"""
import subprocess
from concurrent.futures import ThreadPoolExecutor

from mirror import sync


def fetch_all(repos):
    subprocess.Popen(["git", "--version"])
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(sync.clone, repos))


def maintain(paths):
    for path in paths:
        sync.gc(path)
