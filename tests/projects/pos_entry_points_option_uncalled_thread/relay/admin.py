"""Admin tool, run by hand: not imported by relay.cli, so in no program. It calls stats.count()
(no threads); stats starts nothing on import. No finding."""
import os

from relay import stats


def restart_worker():
    stats.count("restarts")
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return pid
