"""child_only_self_method_targets: callables handed to a child as bound methods.

rules.md, version 2 corrections, "Code that runs only in a child process": a function the
project uses only as `Process(target=...)` runs in the child, and forks inside it are judged
against the child's own threads. Written `self.method` (also a staticmethod, also a method
inherited from a project class in another module) it is the same function.

Expected: the forks in Runner._child_fork, Runner._child_pool and base.Service.serve are
silent (child-only; no child starts a thread), though both modules start threads in parent
code; the Process constructions in the parent are FRK001; Runner._tick, a thread target
handed over as `self._tick`, is parent code: its fork is FRK003.
"""
import multiprocessing
import os
import threading

from svc.base import Service


class Runner:
    @staticmethod
    def _child_fork():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)

    def _child_pool(self):
        with multiprocessing.Pool(2) as pool:
            pool.map(abs, [1, -2])

    def _tick(self):
        os.fork()  # error: FRK003:9

    def start(self):
        threading.Thread(target=self._tick, daemon=True).start()
        first = multiprocessing.Process(target=self._child_fork)  # error: FRK001:17
        second = multiprocessing.Process(target=self._child_pool)  # error: FRK001:18
        first.start()
        second.start()


class Worker(Service):
    def launch(self):
        child = multiprocessing.Process(target=self.serve)  # error: FRK001:17
        child.start()
        return child
