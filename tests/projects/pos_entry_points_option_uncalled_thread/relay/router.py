"""Case pos_entry_points_option_uncalled_thread.

rules.md, Programs (entry points): entry points include "`--forksafe-entry-points`
(comma-separated module names, `pkg.cli` or `pkg.cli:main`)"; "Inside one program, a thread
started anywhere (import time or any function) is evidence for every sink in every module of
that program". Program relay.cli imports this module, which imports relay.stats; stats has a
thread in start_debug_dump(), which nothing calls. Outside a program that would pass nothing
on; inside the program the fork here is FRK003. relay/admin.py imports stats too but is not
in the program (the CLI does not import it): no finding there.
"""
import os

from relay import stats


def route(targets):
    stats.count("routes", len(targets))
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os._exit(0)
    return pid
