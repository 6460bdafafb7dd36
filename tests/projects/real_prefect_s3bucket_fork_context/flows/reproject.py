"""https://github.com/PrefectHQ/prefect/issues/9229

Workflows hung when a task forked worker processes with the fork start method: Prefect's global
event-loop thread (started by a @sync_compatible call such as S3Bucket.load) does not exist in
the child, and the child's first sync_compatible call waits on it forever.

rules.md does not cover this because the thread is Prefect's own (prefect.utilities.asyncutils),
started by S3Bucket.load() at import time in flows/storage.py: neither prefect nor prefect_aws is
in the catalog of library thread starters, so no module here has thread evidence, and the
explicit fork context (a sink, FRK002) "in a module without thread evidence is never reported".
"""
import multiprocessing as mp

from prefect import task

from flows import storage


def reproject_one(key):
    data = storage.fetch(key)
    return len(data)


@task
def reproject_many(keys):
    procs = []
    for key in keys:
        proc = mp.get_context("fork").Process(target=reproject_one, args=(key,))  # hazard (not in the contract): Prefect's loop thread is not in the catalog
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
    return [proc.exitcode for proc in procs]
