"""real_sonic_parallel_run_manager_process (the sink module, tests/common/helpers/parallel.py).

Report: https://github.com/sonic-net/sonic-mgmt/issues/22212 ("Bug: [dualtor] loganalyzer analyze_logs markers `KeyError`")
parallel_run() forks one SonicProcess (a multiprocessing.Process subclass) per DUT to add the
loganalyzer start markers, and a child hung on a logging lock held at fork time by the parent's
ptf dataplane thread, so the marker never came back and analyze_logs() raised KeyError.

Clauses: "Evidence" (`multiprocessing.pool.ThreadPool` constructed in parallel_run_threaded());
"Sinks" default start method: `multiprocessing.Manager` and the construction of a local subclass
of `multiprocessing.Process`. Expected: two FRK001 in parallel_run(), at Manager() and at
SonicProcess(...). The thread that really held the lock is started by the ptf library
(common/ptfadapter.py), which the catalog does not list; the checker's evidence is this
module's own ThreadPool (see README). The base-class calls Process.__init__(self, ...) and
Process.run(self) inside SonicProcess are not constructions of Process, so not sinks.
"""
import datetime
import logging
import math
import os
import signal
import time
import traceback
from multiprocessing import Manager, Pipe, Process, TimeoutError
from multiprocessing.pool import ThreadPool

from psutil import wait_procs

from common.assertions import pytest_assert as pt_assert

logger = logging.getLogger(__name__)


class SonicProcess(Process):
    """Wrapper around multiprocessing.Process that captures the exception thrown by the target."""

    def __init__(self, *args, **kwargs):
        Process.__init__(self, *args, **kwargs)
        self._pconn, self._cconn = Pipe()
        self._exception = None

    def run(self):
        try:
            Process.run(self)
            self._cconn.send(None)
        except Exception as e:
            tb = traceback.format_exc()
            self._cconn.send((e, tb))
            raise e

    # for wait_procs
    def wait(self, timeout):
        return self.join(timeout=timeout)

    # for wait_procs
    def is_running(self):
        return self.is_alive()

    @property
    def exception(self):
        if self._pconn.poll():
            self._exception = self._pconn.recv()
        return self._exception


def parallel_run(target, args, kwargs, nodes_list, timeout=None, concurrent_tasks=24, init_result=None):
    """Run target function on nodes in parallel, one process per node."""
    nodes = [node for node in nodes_list]

    def on_terminate(worker):
        logger.info("process {} terminated with exit code {}".format(worker.name, worker.returncode))

    workers = []
    results = Manager().dict()  # error: FRK001:15
    start_time = datetime.datetime.now()
    tasks_done = 0
    total_tasks = len(nodes)
    tasks_running = 0
    total_timeout = timeout * math.ceil(len(nodes) / float(concurrent_tasks)) if timeout else None
    failed_processes = {}

    while tasks_done < total_tasks:
        if total_timeout is not None:
            if (datetime.datetime.now() - start_time).seconds > total_timeout:
                logger.error("Process execution time exceeds {} seconds.".format(str(total_timeout)))
                break

        while len(nodes) and tasks_running < concurrent_tasks:
            node = nodes.pop(0)
            if init_result:
                init_result["host"] = node.hostname
                results[node.hostname] = init_result
            kwargs["node"] = node
            kwargs["results"] = results
            process_name = "{}--{}".format(target.__name__, node)
            worker = SonicProcess(  # error: FRK001:22
                name=process_name, target=target, args=args, kwargs=kwargs
            )
            worker.start()
            tasks_running += 1
            workers.append(worker)

        gone, alive = wait_procs(workers, timeout=timeout, callback=on_terminate)
        workers = alive
        tasks_running -= len(gone)
        tasks_done += len(gone)
        if len(gone) == 0:
            tasks_done += len(workers)
            for worker in workers:
                os.kill(worker.pid, signal.SIGKILL)
            del workers[:]

        for worker in gone:
            if worker.exitcode != 0:
                failed_processes[worker.name] = {"exit_code": worker.exitcode, "exception": worker.exception}

    if failed_processes:
        pt_assert(False, "Processes {} failed: {}".format(list(failed_processes), failed_processes))
    return dict(results)


def parallel_run_threaded(target_functions, timeout=10, thread_count=2):
    """Run target functions with a thread pool."""
    pool = ThreadPool(thread_count)
    results = [pool.apply_async(func) for func in target_functions]

    start_time = time.time()
    while time.time() - start_time <= timeout:
        if any(not result.ready() for result in results):
            time.sleep(0.2)
        else:
            pool.close()
            pool.join()
            break
    else:
        raise TimeoutError("%s seconds timeout waiting for %r to finish" % (timeout, target_functions))
    return [result.get() for result in results]
