"""Trap: a class body with a lock attribute, but the class is defined inside a function.

Situation: `make_registry()` defines `Registry` with `lock = threading.Lock()` in its class
body. That body runs when `make_registry()` is called, not when the module is imported.

rules.md, Evidence: module-level locks include "class bodies (nested classes too). Not inside
a function body or a lambda." A class statement inside a function is inside the function body.
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding; `os.fork()` is silent.
"""
import os
import threading


def make_registry():
    class Registry:
        lock = threading.Lock()
        entries = {}

        @classmethod
        def add(cls, key, value):
            with cls.lock:
                cls.entries[key] = value

    return Registry


def fork_worker(run):
    pid = os.fork()
    if pid == 0:
        try:
            run()
        finally:
            os._exit(0)
    return pid
