"""Version-2 correction: threads in child-only code are evidence for forks in that child only.

rules.md, "Corrections (version 2)": a process pool's task runs in the child; "Its threads are
evidence for forks made inside that child only, never for the parent or its program".
`_render` is used only as a task of a (spawn) process pool; it starts a thread and then calls
`os.fork()` (FRK003, inside the child).  The parent's `subprocess.run(..., preexec_fn=...)` in
compress() has no evidence of its own (the only threads are the child's), so it is silent; the
spawn pool is safe anyway.
Expected: FRK003 at `os.fork()` in _render(); nothing else.
"""
import multiprocessing as mp
import os
import subprocess
import threading
import time


def _keepalive(interval):
    while True:
        time.sleep(interval)


def _render(job):
    threading.Thread(target=_keepalive, args=(5,), daemon=True).start()
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execvp("render", ["render", job])
    _, status = os.waitpid(pid, 0)
    return status


def render_all(jobs):
    ctx = mp.get_context("spawn")
    with ctx.Pool(4) as pool:
        return pool.map(_render, jobs)


def compress(path):
    return subprocess.run(["gzip", "-9", path], preexec_fn=os.setsid, check=True)
