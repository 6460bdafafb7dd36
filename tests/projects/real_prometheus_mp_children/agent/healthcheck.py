"""Self-check run by the supervisor. It imports agent.metrics (to read it later) but never
calls expose(), and agent.metrics starts nothing on import: no evidence, no finding."""
import os

from agent import metrics  # noqa: F401


def fork_probe():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return pid
