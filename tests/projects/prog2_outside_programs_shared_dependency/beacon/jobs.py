"""Run the periodic jobs in worker processes."""
import multiprocessing

from beacon import settings


def _run_job(name):
    return name.upper()


def run_jobs(names):
    with multiprocessing.Pool(settings.WORKERS) as pool:  # error: FRK001:10
        return pool.map(_run_job, names)
