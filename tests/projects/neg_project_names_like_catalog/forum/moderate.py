"""Moderation runs a forked spam checker; the Thread here is a forum model."""
import os

from forum import models


def moderate(title):
    pending = models.Thread(title=title, posts=[])
    pid = os.fork()
    if pid == 0:
        print("checking", pending.title)
        os._exit(0)
    os.waitpid(pid, 0)
