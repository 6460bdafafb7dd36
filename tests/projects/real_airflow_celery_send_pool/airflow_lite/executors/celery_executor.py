"""Case real_airflow_celery_send_pool.

Re-creation of https://github.com/apache/airflow/pull/70690 ("Fix CeleryExecutor fork deadlock
that hangs the scheduler"): publishing workloads forked a ProcessPoolExecutor from the
multi-threaded scheduler; a worker inherited a held lock and blocked forever in
SemLock.acquire, and the scheduling loop stopped heartbeating.

Labels (rules.md, Across modules > Functions and classes): SchedulerJobRunner starts a thread
and calls self.executor.heartbeat(), where self.executor = CeleryExecutor() is assigned in its
__init__; heartbeat() calls self._send_workloads(). The scheduler's evidence flows along that
chain to the pool here: FRK001.
"""
from concurrent.futures import ProcessPoolExecutor


def _send_workload_to_celery(workload):
    return workload


class CeleryExecutor:
    def __init__(self, parallelism=16):
        self.parallelism = parallelism
        self.queued = []

    def heartbeat(self):
        workloads, self.queued = self.queued, []
        if workloads:
            self._send_workloads(workloads)

    def _send_workloads(self, workloads):
        num_processes = min(len(workloads), self.parallelism)
        with ProcessPoolExecutor(max_workers=num_processes) as send_pool:  # error: FRK001:14
            return list(send_pool.map(_send_workload_to_celery, workloads))
