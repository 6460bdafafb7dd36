"""gap6_module_lock_only_callee_neg.

Clause: "Import-time threads" -- "Module-level *locks* of other modules are not passed on:
a lock alone cannot be held by another thread"; "Functions and classes": only threads flow
to the caller. state.py creates a module-level threading.RLock (its own evidence; it has no
sink) and snapshot(), called here, takes it but starts no thread. This module has no
evidence, so its `os.fork()` and its `preexec_fn=` subprocess call are not reported.
"""
import json
import os
import subprocess

from kvcache import state


def _lower_priority():
    os.nice(10)


def dump_in_background(path):
    data = state.snapshot()
    pid = os.fork()
    if pid == 0:
        with open(path, "w") as fh:
            json.dump(data, fh)
        os._exit(0)
    return pid


def compress(path):
    subprocess.run(["gzip", "-f", path], preexec_fn=_lower_priority, check=True)
