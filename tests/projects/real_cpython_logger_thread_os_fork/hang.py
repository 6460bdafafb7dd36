"""real_cpython_logger_thread_os_fork.

Report: https://github.com/python/cpython/issues/81610 ("Python hangs on fork when a logger is in use in a background thread")
The reporter's script kept a logger busy in a background thread while the main thread called
os.fork() in a loop, and the program hung at a fork while the other thread held logging's
locks.

Clauses: "Evidence" (`threading.Thread` constructed in start_background_logging()); "Sinks" raw
fork (`os.fork()`). Expected: FRK003 at the os.fork() call in fork_children(). The child branch
exits with os._exit(); nothing here starts a multiprocessing process, so FRK1xx do not apply.
"""
import logging
import os
import sys
import threading
import time

logging.basicConfig(stream=sys.stderr, level=logging.DEBUG, format="%(process)d %(threadName)s %(message)s")
log = logging.getLogger("hang")


def _chatter():
    while True:
        log.debug("background thread is logging")


def start_background_logging():
    t = threading.Thread(target=_chatter, name="chatter", daemon=True)
    t.start()
    return t


def fork_children(count):
    for i in range(count):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            log.info("child %d says hello", i)
            os._exit(0)
        os.waitpid(pid, 0)
        log.info("child %d reaped", i)


def main():
    start_background_logging()
    time.sleep(0.1)
    fork_children(1000)


if __name__ == "__main__":
    main()
