"""Case import_time_chain.

rules.md, Across modules > Import-time threads, "directly or through any chain of project
imports": svc.batch imports svc.client, which imports svc.telemetry, which starts a thread on
import. Both svc.client (direct import) and svc.batch (chain) have thread evidence.
"""
import multiprocessing

import svc.client  # noqa: F401


def _compact():
    return None


def nightly():
    proc = multiprocessing.Process(target=_compact)  # error: FRK001:12
    proc.start()
    proc.join()
