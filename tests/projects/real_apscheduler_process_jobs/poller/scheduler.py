"""Case real_apscheduler_process_jobs.

Re-creation of https://github.com/agronholm/apscheduler/issues/53 ("Processes eventually hang
when executed by scheduler"): jobs run by APScheduler's thread pool start multiprocessing
processes, which eventually hang; the same script without the scheduler runs forever.

Labels (rules.md): APScheduler BackgroundScheduler(...).start() is a catalog thread starter
(start-method kind). The jobs module is reached only as an add_job reference, so the link is the
program ([project.scripts] service-poller = "poller.scheduler:main", Across modules > Programs):
the Process in poller/jobs.py is FRK001.
"""
import time

from apscheduler.schedulers.background import BackgroundScheduler

from poller import jobs


def main():
    scheduler = BackgroundScheduler()
    scheduler.add_job(jobs.poll_services, "interval", seconds=10, max_instances=1)
    scheduler.start()
    while True:
        time.sleep(60)
