"""Case real_sentry_taskworker_fork_context: a fork context in a threaded worker.

Report: https://github.com/getsentry/sentry/pull/89751 ("Use spawn instead of
fork for workers": "We've been running into deadlocks with forking workers, when
workers are respawned because of processing deadlines. Either gRPC clients, or
multiprocessing queues are the likely candidates"), with the companion fix
https://github.com/getsentry/sentry/pull/89750. Before the fix the worker pinned
``multiprocessing.get_context("fork")`` and forked its children from a parent
that runs a result thread, a thread pool and a gRPC channel.

Clause: rules.md, Sinks, "explicit fork": ``multiprocessing.get_context("fork")``
is "reported once, at that call", "not again at ctx.Pool()" (here
``self.mp_context.Process(...)``, ``self.mp_context.Queue(...)``: a receiver the
checker cannot resolve is not a sink anyway). Evidence: this module constructs
``threading.Thread`` and ``ThreadPoolExecutor`` (Evidence), and it calls the
project class ``TaskworkerClient(...)`` whose ``__init__`` calls the catalog's
``grpc.insecure_channel`` ("threads flow to the caller").

Expected: one FRK002, at the ``get_context("fork")`` call in ``__init__``.
"""

import logging
import multiprocessing
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from sentry.taskworker.client import TaskworkerClient
from sentry.taskworker.workerchild import child_process

logger = logging.getLogger("sentry.taskworker.worker")

DEFAULT_WORKER_QUEUE_SIZE = 5


class TaskWorker:
    """Fetches activations from a taskbroker and runs them in forked children."""

    def __init__(self, rpc_host, num_brokers=None, max_child_task_count=None,
                 namespace=None, concurrency=1,
                 child_tasks_queue_maxsize=DEFAULT_WORKER_QUEUE_SIZE,
                 result_queue_maxsize=DEFAULT_WORKER_QUEUE_SIZE,
                 processing_pool_name=None):
        self._max_child_task_count = max_child_task_count
        self._namespace = namespace
        self._concurrency = concurrency
        self.client = TaskworkerClient(rpc_host, num_brokers)
        self.mp_context = multiprocessing.get_context("fork")  # error: FRK002:27
        self._child_tasks = self.mp_context.Queue(maxsize=child_tasks_queue_maxsize)
        self._processed_tasks = self.mp_context.Queue(maxsize=result_queue_maxsize)
        self._children = []
        self._shutdown_event = self.mp_context.Event()
        self._result_thread = None
        self._processing_pool_name = processing_pool_name or "unknown"

    def start(self):
        self.start_result_thread()
        self._spawn_children()
        try:
            while True:
                self.run_once()
        except KeyboardInterrupt:
            self.shutdown()
            raise

    def run_once(self):
        self._spawn_children()
        self._add_task()

    def shutdown(self):
        self._shutdown_event.set()
        for child in self._children:
            child.terminate()
        for child in self._children:
            child.join()
        if self._result_thread:
            self._result_thread.join(timeout=5)

    def _add_task(self):
        if self._child_tasks.full():
            return False
        inflight = self.client.get_task(self._namespace)
        if inflight is None:
            time.sleep(1)
            return False
        self._child_tasks.put(inflight)
        return True

    def start_result_thread(self):
        def result_thread():
            iopool = ThreadPoolExecutor(max_workers=self._concurrency)
            with iopool as executor:
                while not self._shutdown_event.is_set():
                    try:
                        result = self._processed_tasks.get(timeout=1.0)
                    except queue.Empty:
                        continue
                    executor.submit(self._send_result, result)

        self._result_thread = threading.Thread(
            name="send-result", target=result_thread, daemon=True
        )
        self._result_thread.start()

    def _send_result(self, result):
        self.client.update_task(result)
        return True

    def _spawn_children(self):
        self._children = [child for child in self._children if child.is_alive()]
        for i in range(self._concurrency - len(self._children)):
            process = self.mp_context.Process(
                name=f"taskworker-child-{i}",
                target=child_process,
                args=(
                    self._child_tasks,
                    self._processed_tasks,
                    self._shutdown_event,
                    self._max_child_task_count,
                    self._processing_pool_name,
                ),
            )
            process.start()
            self._children.append(process)
            logger.info("taskworker.spawn_child", extra={"pid": process.pid})
