"""The same program, made safe: the pool spawns fresh interpreters instead of forking."""

import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()


def _busy_worker():
    while True:
        with _lock:
            time.sleep(0.01)


def square(n):
    with _lock:
        return n * n


def main():
    threading.Thread(target=_busy_worker, daemon=True).start()
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        print(list(pool.map(square, range(8))))


if __name__ == "__main__":
    main()
