"""HighThroughputExecutor: an interchange process plus a queue-management thread."""

import logging
import queue
import threading

from parsl.executors.high_throughput import interchange
from parsl.multiprocessing import ForkProcess, SizedQueue

logger = logging.getLogger(__name__)


class HighThroughputExecutor:
    def __init__(self, label="HighThroughputExecutor", address="127.0.0.1"):
        self.label = label
        self.address = address
        self.interchange_proc = None
        self._queue_management_thread = None
        self.tasks = {}
        self.is_alive = False

    def start(self):
        self.is_alive = True
        self._start_local_interchange_process()
        self._start_queue_management_thread()

    def _start_local_interchange_process(self):
        comm_q = SizedQueue(maxsize=10)
        self.interchange_proc = ForkProcess(
            target=interchange.starter,
            args=(comm_q,),
            kwargs={"client_address": self.address},
            daemon=True,
            name="HTEX-Interchange",
        )
        self.interchange_proc.start()
        try:
            self.worker_ports = comm_q.get(block=True, timeout=120)
        except queue.Empty:
            logger.error("Interchange has not completed initialization in 120s. Aborting")
            raise

    def _start_queue_management_thread(self):
        if self._queue_management_thread is None:
            self._queue_management_thread = threading.Thread(
                target=self._queue_management_worker, name="HTEX-Queue-Management-Thread"
            )
            self._queue_management_thread.daemon = True
            self._queue_management_thread.start()

    def _queue_management_worker(self):
        while self.is_alive:
            logger.debug("queue management tick: %d outstanding", len(self.tasks))
            threading.Event().wait(1.0)

    def shutdown(self):
        self.is_alive = False
        if self.interchange_proc is not None:
            self.interchange_proc.terminate()
            self.interchange_proc.join()
