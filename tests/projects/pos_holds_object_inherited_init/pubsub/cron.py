"""Receives a Schedule, whose construction starts no thread: the fork is not reported."""
import os

from pubsub.base import Schedule


def run_due(schedule: Schedule):
    pid = os.fork()
    if pid == 0:
        print("due every", schedule.seconds)
        os._exit(0)
    os.waitpid(pid, 0)
