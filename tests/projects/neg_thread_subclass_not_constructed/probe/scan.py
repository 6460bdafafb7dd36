"""Case neg_thread_subclass_not_constructed (expected: no finding).

rules.md, Evidence: "A class that subclasses `threading.Thread` but is never constructed in the
module is not evidence by itself." probe/workers.py defines PingThread and never builds it, so
it starts nothing on import; this module imports the class and only uses it in `isinstance`
(no construction, no call of a project function that starts threads, no annotation). The raw
fork is in a module without evidence: not reported.
"""
import os

from probe.workers import PingThread


def is_worker(obj):
    return isinstance(obj, PingThread)


def fork_scanner(hosts):
    pid = os.fork()
    if pid == 0:
        for host in hosts:
            os.write(1, host.encode())
        os._exit(0)
    return pid
