"""One shard process: a heartbeat thread, then the compressor on a pty."""
import os
import pty
import threading
import time


def _heartbeat():
    while True:
        time.sleep(2)


def shard_main(path):
    threading.Thread(target=_heartbeat, name="shard-heartbeat", daemon=True).start()
    pid, fd = pty.fork()  # error: FRK003:15
    if pid == 0:
        os.execv("/usr/bin/zstd", ["zstd", path])
    os.close(fd)
    os.waitpid(pid, 0)
