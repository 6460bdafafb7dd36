"""Linux helpers for child processes (run in the child, between fork and exec)."""
import ctypes

PR_SET_PDEATHSIG = 1
SIGTERM = 15


def set_child_termination_on_parent_death():
    libc = ctypes.CDLL("libc.so.6")
    libc.prctl(PR_SET_PDEATHSIG, SIGTERM)


def wrap_callbacks(callbacks):
    def wrapper():
        for cb in callbacks:
            if cb is not None:
                cb()

    return wrapper
