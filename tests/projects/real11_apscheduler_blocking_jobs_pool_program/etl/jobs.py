"""Jobs run by the scheduler: a single-process one and a multiprocess one."""
import logging
import multiprocessing
import os

log = logging.getLogger("etl.jobs")


def task_a():
    log.info("task a in pid %d", os.getpid())


def process_chunk(chunk):
    return chunk, sum(range(chunk * 1000))


def task_b():
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        results = pool.map(process_chunk, range(4))
    log.info("task b done: %s", results)
