"""gap6_staticmethod_sink_unthreaded_caller_neg.

Clause: "Functions and classes" -- "evidence flows to the callee: a sink inside a project
function is judged with the evidence of every module that calls that function". Trap:
monitor.py starts a threading.Thread and calls `Archiver.describe()` (no sink); only
nightly.py, which starts no threads, calls `Archiver.pack()`, the staticmethod with the
`os.fork()`. This module has no evidence of its own, so nothing is reported: the evidence of
a caller of one method does not reach the class's other methods.
"""
import os
import tarfile


class Archiver:
    @staticmethod
    def describe(path):
        return {"path": path, "size": os.path.getsize(path)}

    @staticmethod
    def pack(paths, dest):
        pid = os.fork()
        if pid == 0:
            with tarfile.open(dest, "w:gz") as tar:
                for path in paths:
                    tar.add(path)
            os._exit(0)
        return pid
