"""real_loguru_enqueue_thread_process_loop.

Report: https://github.com/Delgan/loguru/issues/958 ("lastest version 0.7.0 still deadlock，there was no runtime error raised")
The reporter's script logged through an enqueue=True loguru sink from a child thread while the
main thread kept creating multiprocessing.Process children that log too, and a child deadlocked
on the sink's queue lock inherited from the parent.

Clauses: "Evidence" (`threading.Thread` constructed in main(); also the catalog entry loguru
`logger.add(..., enqueue=True)` in init()); "Sinks" default start method
(`multiprocessing.Process`). Expected: FRK001 at the multiprocessing.Process(...) call in main().
The report ran its loop at module level; here it runs in main() under the main guard (no FRK102);
the thread and process targets are module-level functions.
"""
import multiprocessing
import os
import threading
from time import sleep

from loguru import logger


def init():
    logger.remove()
    logger.add(
        "/tmp/loguru-fork-repro/test.log",
        format=(
            "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} |"
            " {process.name}-{process.id} | {name}:{function}:{line} - {message}"
        ),
        rotation="00:00",
        encoding="utf-8",
        enqueue=True,
    )


def child_thread_func():
    while True:
        logger.info("child thread " + "a" * 100)


def child_process_func():
    logger.info(f"child process {os.getpid()} " + "a" * 100)


def main():
    init()
    thread = threading.Thread(target=child_thread_func, daemon=True)
    thread.start()
    for _ in range(10000):
        p = multiprocessing.Process(target=child_process_func)  # error: FRK001:13
        p.start()
        p.join()
        sleep(0.01)


if __name__ == "__main__":
    main()
