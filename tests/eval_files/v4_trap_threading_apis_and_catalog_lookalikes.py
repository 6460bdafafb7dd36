"""v4_trap_threading_apis_and_catalog_lookalikes: threading names that start nothing.

rules.md, Evidence lists what counts: constructing a thread, timer, thread pool or threading
server, ``_thread.start_new_thread``, or a module-level lock from the listed factories. Not in
the list: ``threading.local()``, ``queue.Queue()``, ``threading.current_thread()``,
``get_ident()``, ``isinstance(..., threading.Thread)``. "A class that subclasses
threading.Thread but is never constructed in the module is not evidence by itself" (two levels
here, never constructed). Catalog: loguru starts a thread only for ``logger.add(..., enqueue=True)``.
No evidence, so ``os.forkpty()`` is not reported. Expected: nothing.
"""
import os
import queue
import sys
import threading

from loguru import logger

_local = threading.local()
_events = queue.Queue()

logger.remove()
logger.add(sys.stderr, level="INFO", enqueue=False)
logger.add("pty.log", rotation="10 MB")


class Reader(threading.Thread):
    def __init__(self, fd):
        super().__init__(daemon=True)
        self.fd = fd

    def run(self):
        while True:
            _events.put(os.read(self.fd, 1024))


class LineReader(Reader):
    pass


def describe(worker):
    if isinstance(worker, threading.Thread):
        return worker.name
    return threading.current_thread().name


def open_terminal(shell="/bin/sh"):
    _local.owner = threading.get_ident()
    pid, fd = os.forkpty()
    if pid == 0:
        os.execv(shell, [shell])
    logger.info("terminal {} on fd {}", pid, fd)
    return pid, fd
