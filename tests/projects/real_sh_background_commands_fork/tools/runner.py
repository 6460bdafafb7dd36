"""https://github.com/amoffat/sh/issues/607

Tests that ran sh commands with _bg=True deadlocked: sh's background I/O threads log while the
main thread forks inside sh (OProc -> os.fork); the child's at-fork handler logged and blocked on
the logging lock a vanished sh thread held ("hits it every time, with only 10 iterations").

rules.md does not cover this because both the threads and the fork are inside the sh library:
the project only calls sh.Command(...)(_bg=True), which is no sink (os.fork, pty.fork, Popen
with preexec_fn, multiprocessing are), and sh is not in the catalog of thread starters; no
project module starts a thread.
"""
import sh

from tools import logsetup


def run_background(command, count=10):
    procs = []
    for _ in range(count):
        procs.append(sh.Command(command)(_bg=True))  # hazard (not in the contract): the fork is inside sh
    for proc in procs:
        proc.wait()
    return len(procs)


def run_all():
    logsetup.configure()
    return run_background("true")
