"""The classic fork-after-threads deadlock.

A background thread holds a module-level lock for most of its life. When the main thread
creates a ProcessPoolExecutor with the default start method (fork on Linux before
Python 3.14), the child process is a copy of the parent taken while the lock is held,
but without the thread that would release it. The child's first `with _lock:` hangs
forever, and so does `pool.map`.

Lint it:   flake8 --select=FRK examples/deadlock.py
"""

import threading
import time
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()


def _busy_worker():
    while True:
        with _lock:  # held nearly all the time
            time.sleep(0.01)


def square(n):
    with _lock:  # in a forked child this lock may be held by a thread that does not exist
        return n * n


def main():
    threading.Thread(target=_busy_worker, daemon=True).start()
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(square, range(8))))


if __name__ == "__main__":
    main()
