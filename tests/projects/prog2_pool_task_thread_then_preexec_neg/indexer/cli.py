"""prog2_pool_task_thread_then_preexec_neg.

Clause: version 2, "Code that runs only in a child process": a *process* pool's tasks
(`pool.imap_unordered(f, ...)` on a `multiprocessing.Pool`, `executor.submit(f, ...)` on a
`ProcessPoolExecutor`) run in the child. Program indexer (`indexer.cli:main`).

ingest.load_file (another module) builds a ThreadPoolExecutor; catalog.rebuild (another
module) starts a threading.Thread. Each is used in the project only as a process-pool task,
so their threads are the workers' and never evidence for the parent or its program. Nothing
else starts threads.

Expected: nothing: not the `multiprocessing.Pool(4)`, not the `ProcessPoolExecutor(...)`, not
the parent's later `subprocess.run(..., preexec_fn=os.setpgrp)`.
"""
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

from indexer import catalog, ingest


def main():
    paths = sys.argv[1:]
    total = 0
    with multiprocessing.Pool(4) as pool:
        for count in pool.imap_unordered(ingest.load_file, paths):
            total += count
    with ProcessPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(catalog.rebuild, "index")
        fut.result()
    subprocess.run(["rsync", "-a", "index/", "backup:index/"], preexec_fn=os.setpgrp, check=True)
    return total
