"""Feed consumer (process-pool task)."""
import os

from ingest import net


def consume(feed):
    session = net.open_session(feed)
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execvp("feed-fetch", ["feed-fetch", session["name"]])
    _, status = os.waitpid(pid, 0)
    return status
