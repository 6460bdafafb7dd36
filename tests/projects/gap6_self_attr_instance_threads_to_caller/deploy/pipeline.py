"""gap6_self_attr_instance_threads_to_caller.

Clause: "Functions and classes" -- `self.executor.trigger()` where `self.executor =
Executor(...)` is assigned in the class's `__init__`; threads flow to the caller.
Pipeline.__init__ stores `self.uploader = Uploader(...)` (construction starts nothing);
begin(), another method, calls `self.uploader.start()`, whose body starts a
threading.Thread. So this module has thread evidence and the `preexec_fn=os.setsid`
Popen in run_hook() is FRK004.
"""
import os
import subprocess

from deploy.uploader import Uploader


class Pipeline:
    def __init__(self, bucket):
        self.uploader = Uploader(bucket)

    def begin(self):
        self.uploader.start()

    def run_hook(self, cmd):
        return subprocess.Popen(cmd, preexec_fn=os.setsid)  # error: FRK004:16

    def publish(self, artefacts):
        self.begin()
        for path in artefacts:
            self.uploader.enqueue(path)
        self.run_hook(["./hooks/post-publish.sh"]).wait()
