"""Catalog: a started `logging.handlers.QueueListener` is a thread; `os.fork()` is FRK003.

Situation: logging is routed through a `QueueListener` that is built and `.start()`ed in the
same function (the listener's worker thread). A worker is forked with `os.fork()`.

rules.md, Library thread starters (the catalog): "`logging.handlers.QueueListener`
(`.start()`)" is an entry; entries are "resolved through imports like the standard-library
names". Sinks: raw fork "`os.fork()`" (FRK003).

Expected: FRK003 at `os.fork()`.
"""
import logging
import logging.handlers
import os
import queue


def setup_logging():
    records = queue.Queue()
    listener = logging.handlers.QueueListener(records, logging.StreamHandler())
    listener.start()
    logging.getLogger().addHandler(logging.handlers.QueueHandler(records))
    return listener


def fork_worker(run):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        run()
        os._exit(0)
    return pid
