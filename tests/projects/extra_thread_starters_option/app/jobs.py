"""Case extra_thread_starters_option.

rules.md, Options (--forksafe-extra-thread-starters) with Across modules > Import-time threads
("a thread starter called at import time"): setup.cfg declares acme_telemetry.start_agent a
thread starter; app.bootstrap calls it at import time, so this importer has thread evidence.
"""
import multiprocessing

from app import bootstrap  # noqa: F401


def _bill(account):
    return account


def bill_all(accounts):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_bill, accounts)
