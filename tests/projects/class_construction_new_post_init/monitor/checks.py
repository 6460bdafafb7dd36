"""Builds a dataclass Poller (its __post_init__ starts a thread)."""
import os

from monitor.poller import Poller


def watch_and_fork(url):
    poller = Poller(url)
    pid = os.fork()  # error: FRK003:11
    return poller, pid
