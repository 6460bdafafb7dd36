"""real_dask_logging_thread_process: a thread holds the logging lock while multiprocessing forks.

Report: https://github.com/dask/dask/issues/3759
("Default `multiprocessing` context is broken and should never be used").

What was reported: the default multiprocessing context on POSIX is fork-without-exec. "Even if
dropping threads doesn't directly impact the subprocess, it can indirectly cause deadlocks. In
particular, if it acquires a lock and a fork happens immediately after that, the lock will be
acquired in the subprocess and never released." The report's example configures logging, starts
a thread that is holding the logging handler's lock, then starts a multiprocessing.Process whose
target logs: the child hangs on its first logging call. The issue asks dask's multiprocessing
scheduler not to use the default context.

Re-creation: the example's thread is in lockholder.start_lock_holder(); the example's module-level
code is moved into main() under the main guard.

Clauses: "threads flow to the caller": main() calls start_lock_holder(), which constructs a
threading.Thread; default start method `multiprocessing.Process`.

Expected: one finding, FRK001 at the Process call (repro.py:39).
"""
import logging
import multiprocessing
import sys
import time

from lockholder import start_lock_holder


def child() -> None:
    logging.info("HELLO FROM CHILD")


def main() -> int:
    logging.basicConfig(stream=sys.stdout, level=logging.INFO)
    logging.info("HELLO FROM PARENT")
    start_lock_holder(5.0)
    time.sleep(0.1)
    process = multiprocessing.Process(target=child)  # error: FRK001:15
    process.start()
    process.join()
    return process.exitcode or 0


if __name__ == "__main__":
    sys.exit(main())
