"""DataFlowKernel: starts its polling threads, then starts every configured executor."""
import logging
import socket

from parsl.utils import Timer

logger = logging.getLogger(__name__)


class DataFlowKernel:
    def __init__(self, config):
        self.config = config
        self.run_dir = config.get("run_dir", "runinfo")
        self.executors = {}
        # job status polling: a Timer thread that does name lookups and logs
        self.job_status_poller = Timer(self._poll_job_status, interval=5, name="JobStatusPoller")
        self.add_executors(config.get("executors", []))

    def _poll_job_status(self):
        logger.debug("polling job status on %s", socket.getfqdn())

    def add_executors(self, executors):
        for executor in executors:
            executor.run_dir = self.run_dir
            self.executors[executor.label] = executor
            executor.start()
