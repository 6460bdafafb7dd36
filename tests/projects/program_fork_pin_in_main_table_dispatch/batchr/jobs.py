"""Job runners: a default-method executor and an explicit spawn one."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _run(job):
    return job


def run_jobs(jobs):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_run, jobs))


def rollup(days):
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(mp_context=ctx) as pool:
        return list(pool.map(_run, days))
