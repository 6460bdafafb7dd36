"""Case readiness_cross_multiprocessing_lock_process (a trap).

A multiprocessing.Lock imported from shared.py and passed in a Process's args= is fine under
every start method (multiprocessing hands it over by inheritance). Expected: nothing.
"""
import multiprocessing

from shared import LOCK


def work(lock):
    with lock:
        print("child")


if __name__ == "__main__":
    proc = multiprocessing.Process(target=work, args=(LOCK,))
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
