"""Scheduled job: one child process per service check.

The scheduler only passes poll_services to add_job (no project call reaches it); the program
service-poller links it to the scheduler's threads.
"""
import multiprocessing

from poller.checks import check

SERVICES = ["billing", "search", "auth"]


def poll_services():
    procs = [multiprocessing.Process(target=check, args=(name,)) for name in SERVICES]  # error: FRK001:14
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=30)
