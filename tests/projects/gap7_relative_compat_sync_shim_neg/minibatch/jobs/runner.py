"""gap7_relative_compat_sync_shim_neg.

Clause: "Evidence" / "Across modules: the project" -- `from ..compat import Thread` resolves to
the project module minibatch/compat.py, which *defines* its own class Thread (it re-exports
nothing from threading). "A local class called Thread ... is not evidence", and calling the
project class runs its __init__ / start(), which start no threads.
Expected: no findings (the multiprocessing.Process sinks in run_jobs() have no evidence).
"""
import multiprocessing
import subprocess

from ..compat import Thread


def execute(job):
    subprocess.run(job["argv"], check=True, timeout=job.get("timeout", 600))


def _announce(jobs):
    for job in jobs:
        print("queued", job["name"])


def run_jobs(jobs):
    notice = Thread(target=_announce, args=(jobs,), name="announce")
    notice.start()
    procs = [multiprocessing.Process(target=execute, args=(job,)) for job in jobs]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return [proc.exitcode for proc in procs]
