"""Evidence: a lock passed as a decorator argument of a method, evaluated in a class body.

Situation: `TokenCache.refresh` is decorated with `@synchronized(threading.RLock())`. The
decorator expression is evaluated when the module-level class body runs, at import time.

rules.md, Evidence: a lock call "that runs when the module is imported: ... decorator
arguments of module-level definitions, and class bodies (nested classes too). Not inside a
function body or a lambda."
rules.md, Sinks: "`subprocess.Popen` / `run` / `call` / `check_call` / `check_output` ...
with the keyword `preexec_fn=` anything but `None`" (FRK004).

Expected: one FRK004 at `subprocess.check_output(...)`. The lock inside `synchronized`'s inner
functions is not involved (it is only received as a parameter).
"""
import functools
import os
import subprocess
import threading


def synchronized(lock):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with lock:
                return fn(*args, **kwargs)

        return wrapper

    return decorate


class TokenCache:
    def __init__(self):
        self._token = None

    @synchronized(threading.RLock())
    def refresh(self):
        self._token = fetch_token(["vault", "token", "create"])
        return self._token


def fetch_token(argv):
    return subprocess.check_output(argv, preexec_fn=os.setpgrp).strip()  # error: FRK004:12
