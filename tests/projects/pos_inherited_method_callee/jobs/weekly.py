"""Weekly job: inherits run_batch(); nothing runs it yet."""
from jobs.base import BatchJob


class WeeklyJob(BatchJob):
    chunks = (7,)
