"""Rebuild the search index in a forked child on SIGHUP."""
import os


def _rebuild():
    with open("index.tmp", "w") as fh:
        fh.write("rebuilt\n")
    os.replace("index.tmp", "index.db")


def on_hangup(signum, frame):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        _rebuild()
        os._exit(0)
