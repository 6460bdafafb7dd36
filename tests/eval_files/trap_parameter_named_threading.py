"""Trap: a parameter named `threading` shadows the imported module inside its function.

Situation: the module imports `threading` and only reads `threading.current_thread()` at module
level. `start_background(threading, target)` receives an injectable backend (gevent, a test
double) as a parameter called `threading` and calls `threading.Thread(...)` on it.

rules.md, Evidence: "A name that is not bound by such an import (a local class called
`Thread`, a parameter called `threading`, a shadowed import) is not evidence". Only the listed
constructors and lock factories are evidence; `current_thread()` is neither.
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding; the `os.fork()` and `multiprocessing.Process` sinks stay silent.
"""
import multiprocessing
import os
import threading

LOG_PREFIX = "[%s]" % threading.current_thread().name


def start_background(threading, target):
    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    return worker


def _reindex(path):
    print(LOG_PREFIX, "reindexing", path)


def reindex_in_child(path):
    proc = multiprocessing.Process(target=_reindex, args=(path,))
    proc.start()
    proc.join()
    return proc.exitcode


def daemonize():
    pid = os.fork()
    if pid:
        os._exit(0)
    os.setsid()
