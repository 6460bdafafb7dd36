"""prog2_fork_pin_target314_program.

Clause: Options / version 2: "`--forksafe-target-python` 3.14 or later drops FRK001 only
where the default start method is not fork: a `set_start_method("fork")` in the module, or
anywhere in a program that contains it, keeps the default-method sinks reported"; explicit
fork is still reported at 3.14. setup.cfg sets `forksafe-target-python = 3.14`.

Program 1: this package `__main__.py` (`python -m ingestd`) with ingestd.batch. It starts
consumer threads (start_consumers(), threading.Thread) and pins
`multiprocessing.set_start_method("fork")` under the main guard.
Program 2: `[project.scripts] ingest-report = "ingestd.report:main"`: ingestd/report.py,
which imports no project module and is imported by none; it starts a thread and opens a
default ProcessPoolExecutor, but nothing pins fork in it or its program.

Expected:
- this module, `multiprocessing.set_start_method("fork")`: FRK002 (threads in this module).
- ingestd/batch.py `ProcessPoolExecutor(max_workers=4)`: FRK001 (fork pinned in its program,
  and in main(), which calls it); its `get_context("spawn").Pool(2)`: nothing.
- ingestd/report.py `ProcessPoolExecutor()`: nothing (3.14 default is not fork there).
"""
import multiprocessing
import sys
import threading
import time

from ingestd import batch


def _consume(topic):
    while True:
        time.sleep(0.5)


def start_consumers(count):
    for i in range(count):
        threading.Thread(target=_consume, args=("topic-%d" % i,), daemon=True).start()


def main():
    start_consumers(4)
    return batch.process_backlog(sys.argv[1:])


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    main()
