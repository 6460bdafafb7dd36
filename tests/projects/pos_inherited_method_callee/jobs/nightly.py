"""Nightly job: inherits run_batch()."""
from jobs.base import BatchJob


class NightlyJob(BatchJob):
    chunks = (1, 2, 3)
