"""Run one sync cycle in-process to check the configuration."""
from syncd import worker


def run_selftest():
    return worker.sync_loop(once=True)
