"""Case readiness_cross_rebound_lock (a trap).

shared.LOCK is rebound to a multiprocessing.Lock at module level, and main.py rebinds the
imported GUARD to one too: both are fine in a Process's args= under every start method.
Expected: nothing.
"""
import multiprocessing

from shared import GUARD, LOCK

GUARD = multiprocessing.Lock()  # noqa: F811


def work(first, second):
    with first, second:
        print("child")


if __name__ == "__main__":
    proc = multiprocessing.Process(target=work, args=(LOCK, GUARD))
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
