"""``luigi.run``: build a worker against the central scheduler and run the tasks."""

from luigi.rpc import RemoteScheduler
from luigi.worker import Worker


def run(tasks, workers=1, scheduler_host="localhost", scheduler_port=8082):
    sch = RemoteScheduler(host=scheduler_host, port=scheduler_port)
    w = Worker(scheduler=sch, worker_processes=workers)
    for t in tasks:
        w.add(t)
    w.run()
    return True
