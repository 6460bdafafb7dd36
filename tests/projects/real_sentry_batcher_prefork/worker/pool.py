"""Case real_sentry_batcher_prefork.

Re-creation of https://github.com/getsentry/sentry-python/issues/6149 ("Possible deadlock when
using Batcher and os.fork()"): sentry_sdk.init starts background threads (the log/metric
batcher); a prefork worker pool forks replacement workers while a batcher thread may hold its
lock, and the child deadlocks. (Also https://github.com/getsentry/sentry-python/issues/6148.)

Labels (rules.md): sentry_sdk.init is a catalog thread starter called at import time in
tasks/app.py; this module imports it (Across modules > Import-time threads), so the raw fork
is reported.
"""
import os

from tasks import app


def _run_child():
    for name in app.REGISTRY:
        app.REGISTRY[name]()
    os._exit(0)


def replace_dead_worker():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        _run_child()
    return pid
