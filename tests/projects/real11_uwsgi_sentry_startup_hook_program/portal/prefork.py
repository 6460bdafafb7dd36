"""Pre-forking server: the application is loaded once, then the workers are forked."""
import logging
import os

log = logging.getLogger("portal.prefork")


def worker_loop(worker_id):
    log.info("worker %d ready in pid %d", worker_id, os.getpid())


def serve(args):
    workers = {}
    for worker_id in range(args.workers):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            worker_loop(worker_id)
            os._exit(0)
        workers[pid] = worker_id
    while workers:
        pid, _status = os.wait()
        workers.pop(pid, None)
