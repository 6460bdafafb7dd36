"""real11_celery_heartbeat_timer_prefork_pool

Re-creates https://github.com/celery/celery/pull/502 ("Renewed fix for deadlock
(ticket #496)"): a worker whose timer thread logs while the prefork pool forks its
children; a child inherits a logging RLock held by that thread and hangs. The PR
re-creates the logging locks in each child, which leaves every other lock held at
fork time as it was, so the pool is still reported.

Clause: "Functions and classes": threads flow to the caller
(`heart = Heart(...)` then `heart.start()` in run_worker(), Heart.start builds a
threading.Timer in worker/heart.py), and evidence flows to the callee
(run_worker() calls start_pool()).
Expected: FRK001 at multiprocessing.Pool(...) in worker/pool.py line 18; nothing
here.
"""
import logging

from worker.heart import Heart
from worker.pool import execute_task, start_pool


class Eventer:
    def send(self, kind):
        logging.getLogger("worker.events").debug("event %s", kind)


def run_worker(concurrency, requests):
    heart = Heart(Eventer())
    heart.start()
    pool = start_pool(concurrency)
    try:
        return pool.map(execute_task, requests)
    finally:
        pool.close()
        pool.join()
        heart.stop()


def main():
    print(run_worker(4, [("add", (i, i)) for i in range(8)]))


if __name__ == "__main__":
    main()
