"""Case real_luigi_keepalive_task_process: a keep-alive thread, then forked task processes.

Report: https://github.com/spotify/luigi/pull/534 ("Add a lock for when the
process forks"): "Deadlocks were occuring with DNS lookups": the worker's
keep-alive thread pings the scheduler (``getaddrinfo()`` takes a process-global
mutex) while the main thread starts a ``TaskProcess`` (a
``multiprocessing.Process`` subclass, forked by default); "the child process may
hang in a locked state". This is the worker before that fix (no ``fork_lock``).

Clause: rules.md, Sinks, default start method: "constructing a local subclass of
multiprocessing.Process (any depth)". Evidence: the module constructs
``KeepAliveThread``, a class that subclasses ``threading.Thread`` defined in the
same module (inside ``Worker.__init__``, as in luigi 1.0; see the batch README
for that reading).

Expected: one FRK001, at the ``TaskProcess(...)`` construction in ``_run_task``.
``super(TaskProcess, self).__init__()`` constructs nothing (tests/projects/
README.md reading 5), and ``multiprocessing.Queue()`` is not a sink.
"""

import logging
import multiprocessing
import os
import queue
import threading
import time

logger = logging.getLogger("luigi-interface")


class TaskProcess(multiprocessing.Process):
    """Wrap all task execution in this class, mainly so that it can be run in another process."""

    def __init__(self, task, worker_id, result_queue):
        super(TaskProcess, self).__init__()
        self.task = task
        self.worker_id = worker_id
        self.result_queue = result_queue

    def run(self):
        logger.info("[pid %s] Worker %s running %s", os.getpid(), self.worker_id, self.task)
        try:
            self.task.run()
            status = "DONE"
        except Exception:  # noqa: BLE001
            status = "FAILED"
        self.result_queue.put((self.task.task_id, status))


class Worker:
    """Asks the scheduler for work and runs each task, in a forked process when workers > 1."""

    def __init__(self, scheduler, worker_id=None, worker_processes=1, ping_interval=1.0):
        self._scheduler = scheduler
        self._id = worker_id or "Worker(pid=%d)" % os.getpid()
        worker_id = self._id
        self.worker_processes = worker_processes
        self._task_result_queue = multiprocessing.Queue()
        self._running_tasks = {}
        self._scheduled_tasks = {}
        self._should_stop = threading.Event()

        class KeepAliveThread(threading.Thread):
            """Periodically tell the scheduler that the worker still lives."""

            def __init__(self):
                super(KeepAliveThread, self).__init__()
                self._should_stop = threading.Event()

            def stop(self):
                self._should_stop.set()

            def run(self):
                while True:
                    self._should_stop.wait(ping_interval)
                    if self._should_stop.is_set():
                        break
                    try:
                        scheduler.ping(worker=worker_id)
                    except Exception:  # noqa: BLE001
                        logger.warning("Failed pinging scheduler")

        self._keep_alive_thread = KeepAliveThread()
        self._keep_alive_thread.daemon = True
        self._keep_alive_thread.start()

    def stop(self):
        self._keep_alive_thread.stop()
        self._keep_alive_thread.join()

    def add(self, task):
        self._scheduled_tasks[task.task_id] = task
        self._scheduler.add_task(self._id, task.task_id)

    def _run_task(self, task_id):
        task = self._scheduled_tasks[task_id]
        p = TaskProcess(task, self._id, self._task_result_queue)  # error: FRK001:13
        self._running_tasks[task_id] = p
        if self.worker_processes > 1:
            p.start()
        else:
            # Run in the same process
            p.run()

    def _handle_next_task(self):
        while True:
            try:
                task_id, status = self._task_result_queue.get(timeout=1.0)
            except queue.Empty:
                return
            self._running_tasks.pop(task_id, None)
            self._scheduler.add_task(self._id, task_id, status=status)

    def run(self):
        while True:
            while len(self._running_tasks) >= self.worker_processes:
                self._handle_next_task()
            reply = self._scheduler.get_work(self._id)
            task_id = reply.get("task_id") if reply else None
            if task_id is None:
                if not self._running_tasks:
                    break
                time.sleep(1)
                continue
            self._run_task(task_id)
        self.stop()
