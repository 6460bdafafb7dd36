"""prog2_child_target_also_called_by_selftest.

Clause: version 2, "Code that runs only in a child process": "A function also called
directly in the parent is parent code as well." worker.sync_loop starts a threading.Thread.
Here it is a Process target, but syncd/selftest.py also calls it directly
(`worker.sync_loop(once=True)`), and main() calls selftest.run_selftest(). So sync_loop is
parent code too: its thread flows to selftest.py and, through the call, to this module (and
it is in program syncd, which contains all three modules).

Expected: the `multiprocessing.Process(...)` below: FRK001 (syncd/cli.py).
"""
import multiprocessing
import sys

from syncd import selftest, worker


def main():
    if "--selftest" in sys.argv:
        return selftest.run_selftest()
    proc = multiprocessing.Process(target=worker.sync_loop, kwargs={"once": False})  # error: FRK001:12
    proc.start()
    proc.join()
    return proc.exitcode
