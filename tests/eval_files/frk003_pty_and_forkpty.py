"""FRK003: os.forkpty(), pty.fork(), pty.spawn() and a from-imported os.fork (rules.md sink table, raw fork); evidence is a module-level ThreadPoolExecutor."""
import os
import pty
from concurrent.futures import ThreadPoolExecutor
from os import fork

_reader = ThreadPoolExecutor(max_workers=1)


def open_shell():
    pid, master_fd = os.forkpty()  # error: FRK003:22
    if pid == 0:
        os.execvp("/bin/sh", ["/bin/sh"])
    return pid, master_fd


def record_session(logfile):
    with open(logfile, "wb") as log:
        def _read(fd):
            data = os.read(fd, 1024)
            log.write(data)
            return data

        return pty.spawn(["/bin/bash", "-l"], _read)  # error: FRK003:16


def run_in_pty(argv):
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    return _reader.submit(os.read, fd, 4096)


def fork_child(job):
    child = fork()  # error: FRK003:13
    if child == 0:
        job()
        os._exit(0)
    return os.waitpid(child, 0)
