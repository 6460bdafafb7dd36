"""Module-attribute form: heartbeat.start_heartbeat()."""
import multiprocessing

from app import heartbeat


def _run_job(job):
    return job


def boot():
    heartbeat.start_heartbeat(30.0)


def fan_out(jobs):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_run_job, jobs)
