"""gap6_executor_task_thread_then_preexec.

Clause: Corrections v2 -- a ProcessPoolExecutor task (`executor.submit(f, ...)`) runs in the
child; "Its threads are evidence for forks made inside that child only" (README reading
10). run_job() starts a threading.Thread (log tail) and then runs ffmpeg with
`preexec_fn=_limit_cpu`: that fork is made inside the child that started the thread, so it
is FRK004. cli.py's executor is not reported: run_job's thread is child-only.
"""
import os
import subprocess
import threading
import time


def _tail_log(path):
    while not os.path.exists(path + ".done"):
        time.sleep(1)


def _limit_cpu():
    os.nice(10)


def run_job(path):
    tail = threading.Thread(target=_tail_log, args=(path,), daemon=True)
    tail.start()
    result = subprocess.run(["ffmpeg", "-i", path, path + ".webm"], preexec_fn=_limit_cpu)  # error: FRK004:14
    return path, result.returncode
