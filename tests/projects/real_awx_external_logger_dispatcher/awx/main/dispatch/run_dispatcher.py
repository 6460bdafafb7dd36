"""`awx-manage run_dispatcher` (awx/main/management/commands/run_dispatcher.py): consume task
messages and hand them to the autoscaling worker pool."""
import logging

from awx.main.dispatch.pool import AutoscalePool

logger = logging.getLogger("awx.main.dispatch")


def _worker_loop(queue, finished, idx):
    while True:
        body = queue.get()
        if body == "QUIT":
            break
        logger.info("task %s started in worker %s", body, idx)  # a forked worker hung here
        finished.put(body)


class Command:
    help = "Launch the task dispatcher"

    def consume(self):
        yield from ("job-%d" % n for n in range(100))

    def handle(self, *args, **options):
        pool = AutoscalePool(min_workers=4, max_workers=16, target=_worker_loop)
        pool.init_workers()
        for body in self.consume():
            logger.debug("received %s", body)  # goes out through AWXProxyHandler's threads
            pool.write(body)
