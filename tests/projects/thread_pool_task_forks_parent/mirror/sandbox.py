"""Checksum check in a forked sandbox; called from fetch._fetch (a thread-pool task)."""
import os


def verify(url):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execv("/usr/bin/sha256sum", ["sha256sum", os.path.basename(url)])
    _, status = os.waitpid(pid, 0)
    return status == 0
