"""Evidence: the old alias _thread.start_new, from-imported (rules.md Evidence bullet 3); sink: os.forkpty()."""
import os
from _thread import start_new


def _pump(fd, sink):
    while True:
        data = os.read(fd, 4096)
        if not data:
            break
        sink.write(data)


def attach_terminal(argv, sink):
    pid, fd = os.forkpty()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    start_new(_pump, (fd, sink))
    return pid
