"""gap6_nested_function_sink_callee.

Clause: "Functions and classes" -- "evidence flows to the callee: a sink inside a project
function is judged with the evidence of every module that calls that function". daemon.py
builds a ThreadPoolExecutor at import time and calls `snapshots.take_all()`. The `os.fork()`
is in `_one()`, a function nested in take_all() and called by it: the sink is inside
take_all, so it is judged with daemon.py's evidence and is FRK003.
"""
import os
import shutil


def take_all(paths):
    def _one(path):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            shutil.copy2(path, path + ".snap")
            os._exit(0)
        return pid

    pids = []
    for path in paths:
        pids.append(_one(path))
    for pid in pids:
        os.waitpid(pid, 0)
    return len(pids)
