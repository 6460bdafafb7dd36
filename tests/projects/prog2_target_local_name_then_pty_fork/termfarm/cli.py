"""prog2_target_local_name_then_pty_fork.

Clause: version 2, "Code that runs only in a child process": "also when passed through a
name bound to it in the same scope": `fn = worker.run` then `mp.Process(target=fn, ...)`.
worker.run (another module) starts a threading.Thread; it is used in the project only as a
Process target (through the name `fn`), so its thread runs in the child only. Program
termfarm (`termfarm.cli:main`).

Expected: nothing. The `mp.Process(...)` and the later `pty.fork()` in the parent have no
evidence: worker.py's only thread is the child's.
"""
import multiprocessing as mp
import os
import pty
import sys

from termfarm import worker


def main():
    cfg_path = sys.argv[1] if len(sys.argv) > 1 else "farm.toml"
    fn = worker.run
    proc = mp.Process(target=fn, args=(cfg_path,))
    proc.start()
    proc.join()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("sh", ["sh", "-c", "echo ready"])
    os.close(fd)
    os.waitpid(pid, 0)
