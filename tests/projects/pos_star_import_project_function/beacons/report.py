"""Calls only format_ping() from the star import: the fork is not reported."""
import os

from .telemetry import *


def report(host):
    line = format_ping(host)
    pid = os.fork()
    if pid == 0:
        print(line)
        os._exit(0)
    os.waitpid(pid, 0)
