"""AMBIGUOUS: a `threading.Lock()` as the default value of a module-level function's parameter.

Situation: `log_line(message, _lock=threading.Lock())` keeps a process-wide lock in a default
argument (a common idiom). Default values are evaluated once, when the `def` statement runs,
i.e. at import time. The module also runs helpers with `preexec_fn=`.

rules.md, Evidence: a lock call "that runs when the module is imported: module-level
statements ..., module-level comprehensions, decorator arguments of module-level definitions,
and class bodies (nested classes too). Not inside a function body or a lambda."
rules.md, Sinks: pre-exec hook "`subprocess.Popen` ... with the keyword `preexec_fn=` anything
but `None`" (FRK004).

AMBIGUOUS: default arguments are not named in the list. They run at import time as part of the
module-level `def` statement and are not inside the function body, so this file reads them as
evidence: the lock exists (and can be held by another thread) before any fork.

Expected (under that reading): one FRK004 at the `subprocess.Popen(...)` call.
"""
import os
import subprocess
import sys
import threading


def log_line(message, _lock=threading.Lock()):
    with _lock:
        sys.stderr.write(message + "\n")


def _child_setup():
    os.umask(0o077)


def start_helper(argv):
    log_line("starting %s" % argv[0])
    return subprocess.Popen(argv, stdout=subprocess.PIPE, preexec_fn=_child_setup)  # error: FRK004:12
