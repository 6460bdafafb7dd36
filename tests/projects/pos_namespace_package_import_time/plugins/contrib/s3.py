"""Uploads in a forked child; imports the metrics module (see plugins/export.py)."""
import os

import plugins.metrics as m


def upload(path):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        print("upload", path)
        os._exit(0)
    os.waitpid(pid, 0)
    return m
