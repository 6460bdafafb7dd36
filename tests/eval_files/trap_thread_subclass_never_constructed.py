"""Trap: a Thread subclass that is defined but never constructed in the module.

Situation: the module defines `Heartbeat(threading.Thread)` for plugins to use, checks
isinstance against it and against `threading.Thread`, and lists threads with
`threading.enumerate()`. It never constructs a thread. It starts a `multiprocessing.Process`.

rules.md, Evidence: "A class that subclasses `threading.Thread` but is never constructed in the
module is not evidence by itself." Only constructions and the listed calls are evidence.
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding.
"""
import multiprocessing
import threading
import time


class Heartbeat(threading.Thread):
    """Plugins subclass and start this; this module never does."""

    def run(self):
        while True:
            time.sleep(30)


def is_heartbeat(thread):
    return isinstance(thread, Heartbeat)


def plain_threads():
    return [t for t in threading.enumerate() if isinstance(t, threading.Thread)]


def _work():
    print("working")


def run_worker():
    proc = multiprocessing.Process(target=_work)
    proc.start()
    proc.join()
