"""Scheduler: a ticker thread, then the nightly job."""
import threading

from jobs.nightly import NightlyJob


def _tick():
    return None


def start():
    threading.Thread(target=_tick, daemon=True).start()
    return NightlyJob().run_batch()
