"""Worker-process body; its only thread runs inside run_child(), a Process target everywhere.

launch_local() forks a Process in the parent, but this module's thread is child-only: no finding.
"""
import multiprocessing
import threading
import time


def _pump_progress(job_id):
    for _ in range(3):
        time.sleep(0.1)
    print("job", job_id, "progress done")


def run_child(job_id):
    pump = threading.Thread(target=_pump_progress, args=(job_id,), daemon=True)
    pump.start()
    pump.join()


def launch_local(job_id):
    proc = multiprocessing.Process(target=run_child, args=(job_id,))
    proc.start()
    return proc
