"""https://github.com/Parsl/parsl/issues/2343

WorkQueueExecutor sometimes hung at startup: its submit process is forked while other parsl
threads run; one held glibc's nsswitch lock, and the child's first name lookup waited forever.

rules.md: default-start-method sink, multiprocessing.Process (FRK001). Evidence in this module:
it constructs threading.Thread (the collector thread, built right after the Process); the DFK's
Timer threads (parsl/utils.py) are the ones that held the lock, but dflow.py reaches start() only
through a loop variable (executor.start()), which the call rules do not resolve.
"""
import logging
import multiprocessing
import os
import socket
import threading
from ctypes import c_bool

logger = logging.getLogger(__name__)


def _work_queue_submit_wait(task_queue=None, launch_cmd=None, collector_queue=None,
                            should_stop=None, port=0):
    logger.debug("Starting WorkQueue Submit/Wait Process")
    address = socket.gethostbyname(socket.gethostname())  # the lookup that hung in the child
    logger.debug("WorkQueue master on %s:%s", address, port)
    while not should_stop.value:
        task = task_queue.get()
        collector_queue.put((task, launch_cmd))


class WorkQueueExecutor:
    def __init__(self, label="WorkQueueExecutor", port=0):
        self.label = label
        self.port = port
        self.run_dir = "."
        self.task_queue = multiprocessing.Queue()
        self.collector_queue = multiprocessing.Queue()
        self.should_stop = multiprocessing.Value(c_bool, False)
        self.launch_cmd = "python3 exec_parsl_function.py {mapping} {function} {result}"
        self.submit_process = None
        self.collector_thread = None

    def start(self):
        """Create submit process and collector thread."""
        self.tasks_lock = threading.Lock()
        os.makedirs(os.path.join(self.run_dir, self.label), exist_ok=True)
        logger.debug("Starting WorkQueueExecutor")
        submit_process_kwargs = {"task_queue": self.task_queue,
                                 "launch_cmd": self.launch_cmd,
                                 "collector_queue": self.collector_queue,
                                 "should_stop": self.should_stop,
                                 "port": self.port}
        self.submit_process = multiprocessing.Process(target=_work_queue_submit_wait,  # error: FRK001:31
                                                      name="WorkQueue-Submit-Process",
                                                      kwargs=submit_process_kwargs)
        self.collector_thread = threading.Thread(target=self._collect_work_queue_results,
                                                 name="WorkQueue-collector-thread")
        self.collector_thread.daemon = True
        # Begin both processes
        self.submit_process.start()
        self.collector_thread.start()

    def _collect_work_queue_results(self):
        while not self.should_stop.value:
            result = self.collector_queue.get()
            with self.tasks_lock:
                logger.debug("result %r", result)
