"""program_thread_class_other_module: a thread started anywhere in the program, through the project.

rules.md, "Programs (entry points)": "Inside one program, a thread started anywhere (import time
or any function) is evidence for every sink in every module of that program". boot.py starts a
Heartbeat, a threading.Thread subclass defined in workers.py ("a call to a project ... class
has the effects of that body"); nothing calls start_heartbeat() on the way to the pool (cli.py
does not, other.later() is never called), so only the program links them.
Expected: FRK001 at the Pool, citing app/boot.py.
"""
import multiprocessing


def run_jobs():
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        pool.map(abs, [1, 2])
