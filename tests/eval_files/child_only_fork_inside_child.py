"""Version 2: a child-only function's thread is evidence for the fork it makes itself.

Situation: `_worker_main` is used only as `mp.Process(target=_worker_main, ...)`. Inside the
child it starts a heartbeat thread and then runs a command with `preexec_fn=os.setsid`, i.e. it
forks while its own thread runs. The parent has no thread evidence of its own.

rules.md, Corrections (version 2): "Code that runs only in a child process is not evidence for
the parent's forks: a function ... that the project uses only as `Process(target=f)` ... runs
in the child ... Its threads are evidence for forks made inside that child only, never for the
parent or its program."
rules.md, Sinks table: pre-exec hook with "`preexec_fn=` anything but `None`" (FRK004).

Expected: FRK004 at the `subprocess.run(...)` inside `_worker_main` (a fork made inside that
child, which has a thread); no finding at the parent's `mp.Process(...)`.
"""
import multiprocessing as mp
import os
import subprocess
import threading
import time


def _heartbeat(conn):
    while True:
        conn.send("alive")
        time.sleep(5)


def _worker_main(conn, argv):
    beat = threading.Thread(target=_heartbeat, args=(conn,), daemon=True)
    beat.start()
    subprocess.run(argv, preexec_fn=os.setsid, check=True)  # error: FRK004:5
    conn.send("done")


def launch(argv):
    parent_conn, child_conn = mp.Pipe()
    proc = mp.Process(target=_worker_main, args=(child_conn, argv))
    proc.start()
    return proc, parent_conn
