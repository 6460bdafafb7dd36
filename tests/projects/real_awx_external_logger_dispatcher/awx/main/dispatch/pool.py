"""https://github.com/ansible/awx/issues/4181 (workaround: https://github.com/ansible/awx/pull/4183)

With external logging enabled, jobs stopped running: every AWX process ships logs from background
threads (requests_futures FuturesSession), and the dispatcher forks new workers when it scales up;
a worker forked while a log thread held a logging lock deadlocked (bpo-37429).

rules.md does not cover this because the threads are started in awx/main/handlers.py, a module
that no project code imports or calls: logging.config builds AWXProxyHandler from the dotted path
in awx/settings.py, and the dispatcher is a Django management command found by name, so the
awx-manage program (awx.__init__) reaches neither. This default-start-method Process (an FRK001
sink) is in a module without thread evidence of any kind.
"""
import logging
from multiprocessing import Process
from multiprocessing import Queue as MPQueue

logger = logging.getLogger("awx.main.dispatch")


class PoolWorker(object):
    def __init__(self, queue_size, target, args):
        self.messages_sent = 0
        self.messages_finished = 0
        self.managed_tasks = {}
        self.finished = MPQueue(queue_size)
        self.queue = MPQueue(queue_size)
        self.process = Process(target=target, args=(self.queue, self.finished) + args)  # hazard (not in the contract): the log threads' module is linked only by a settings string
        self.process.daemon = True

    def start(self):
        self.process.start()

    def put(self, body):
        self.managed_tasks[body] = body
        self.queue.put(body, block=True, timeout=5)
        self.messages_sent += 1


class WorkerPool(object):
    def __init__(self, min_workers=None, queue_size=None, target=None):
        self.min_workers = min_workers or 4
        self.queue_size = queue_size or 10000
        self.target = target
        self.workers = []

    def init_workers(self):
        for idx in range(self.min_workers):
            self.up()

    def up(self):
        idx = len(self.workers)
        worker = PoolWorker(self.queue_size, self.target, (idx,))
        self.workers.append(worker)
        worker.start()
        logger.debug("scaling up worker pid:%s", worker.process.pid)
        return idx, worker

    def write(self, body):
        worker = min(self.workers, key=lambda w: len(w.managed_tasks))
        worker.put(body)


class AutoscalePool(WorkerPool):
    def __init__(self, *args, max_workers=16, **kwargs):
        super(AutoscalePool, self).__init__(*args, **kwargs)
        self.max_workers = max_workers

    def write(self, body):
        if all(len(w.managed_tasks) for w in self.workers) and len(self.workers) < self.max_workers:
            self.up()  # scale up: fork a new worker while the log threads run
        return super(AutoscalePool, self).write(body)
