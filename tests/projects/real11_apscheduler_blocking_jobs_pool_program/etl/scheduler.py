"""real11_apscheduler_blocking_jobs_pool_program

Re-creates https://github.com/agronholm/apscheduler/issues/450 ("Processes hang
when executed by apscheduler, add two task, one is single process, another one
is multiprocess"): BlockingScheduler runs its jobs on its executor's threads, and
a job that opens a multiprocessing.Pool forks that multi-threaded process; after
a while the pool hangs. The project lists BlockingScheduler in
forksafe-extra-thread-starters (setup.cfg).

Clause: "Programs (entry points)": etl-scheduler (etl.scheduler, from
[project.scripts]) imports etl.jobs; the BlockingScheduler built in main() is a
thread started in the program. add_job(jobs.task_b, ...) is a reference, not a
resolved call (readings: indirect calls), so only the program links them.
Expected: FRK001 at multiprocessing.Pool(4) in etl/jobs.py line 18; nothing here.
"""
from apscheduler.schedulers.blocking import BlockingScheduler
from pytz import utc

from etl import jobs


def main():
    scheduler = BlockingScheduler(timezone=utc)
    scheduler.add_job(jobs.task_a, "interval", seconds=10, max_instances=1)
    scheduler.add_job(jobs.task_b, "interval", seconds=30, max_instances=1)
    scheduler.start()


if __name__ == "__main__":
    main()
