"""The scheduler loop: a heartbeat thread plus the executor heartbeat on every loop."""
import threading
import time

from airflow_lite.executors.celery_executor import CeleryExecutor


class SchedulerJobRunner:
    def __init__(self):
        self.executor = CeleryExecutor()

    def _start_job_heartbeat(self):
        threading.Thread(target=self._heartbeat_forever, name="job-heartbeat", daemon=True).start()

    def _heartbeat_forever(self):
        while True:
            time.sleep(5)

    def run_scheduler_loop(self):
        self._start_job_heartbeat()
        while True:
            self.executor.heartbeat()
            time.sleep(1)
