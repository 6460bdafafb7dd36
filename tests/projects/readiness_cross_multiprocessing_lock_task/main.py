"""Case readiness_cross_multiprocessing_lock_task.

A multiprocessing.Lock travels to a Process by inheritance, but a pool task's arguments are
pickled later, and it refuses that under every start method ("Lock objects should only be
shared between processes through inheritance"). Expected: FRK103 at the task argument.
"""
import multiprocessing

from shared import LOCK


def work(lock):
    with lock:
        return 1


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(work, (LOCK,)))  # error: FRK103:33
