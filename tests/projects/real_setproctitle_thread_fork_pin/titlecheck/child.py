"""The child process: set its title (the call that crashed in the forked child)."""

from setproctitle import setproctitle


def foo():
    setproctitle("title in child")
