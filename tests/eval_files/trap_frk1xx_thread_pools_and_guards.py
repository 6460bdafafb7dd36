"""Traps for FRK101-FRK104: thread pools keep their tasks in the process, guarded code, lookalikes."""
import multiprocessing.dummy
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import billiard

LOCK = multiprocessing.Lock()  # a multiprocessing lock travels to a Process child


def child(lock):
    with lock:
        pass


def main():
    with ThreadPoolExecutor() as threads:
        threads.submit(lambda: 1)
    with multiprocessing.dummy.Pool(2) as dummy:
        dummy.map(lambda n: n, [1])
    billiard.Process(target=lambda: 1).start()
    multiprocessing.Process(target=child, args=(LOCK,)).start()
    executor = ProcessPoolExecutor(2)
    executor.submit(child, LOCK.acquire)  # a method of a module-level object: not a local one


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        print(list(pool.map(abs, [-1])))
    multiprocessing.set_start_method("spawn")
    main()
