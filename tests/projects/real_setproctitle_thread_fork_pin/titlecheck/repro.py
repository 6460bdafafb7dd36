"""Case real_setproctitle_thread_fork_pin: fork pinned, and a Process started from a thread.

Report: https://github.com/dvarrazzo/py-setproctitle/issues/113 ("setproctitle
crashes after a fork on MacOS"): the script pins ``mp.set_start_method("fork")``
(macOS defaults to spawn since 3.8), starts a ``Thread`` whose target starts a
``multiprocessing.Process``, and the child dies ("+[__NSCFConstantString
initialize] may have been in progress in another thread when fork() was
called"); "Setting to spawn solves the problem".

Clause: rules.md, Sinks, "explicit fork": ``multiprocessing.set_start_method("fork")``
is reported, "and default-method sinks in that module are still reported too";
the default-method sink is ``multiprocessing.Process``. Evidence: the module
constructs ``threading.Thread`` (under the main guard, which is the module's
own evidence even though it is not passed on to importers).

Expected: FRK001 at ``mp.Process(target=foo)`` and FRK002 at
``mp.set_start_method("fork")``. ``foo`` (titlecheck/child.py) is the child.
"""

import multiprocessing as mp
from threading import Thread

from titlecheck.child import foo


def thread():
    p = mp.Process(target=foo)  # error: FRK001:9
    p.start()
    p.join()
    print(p.exitcode)  # returns -6 on failure 0 on success


if __name__ == "__main__":
    # Setting to spawn solves the problem
    mp.set_start_method("fork")  # error: FRK002:5
    t = Thread(target=thread)
    t.start()
    t.join()
