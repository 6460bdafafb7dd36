"""``sentry run taskworker``."""

import sys

from sentry.taskworker.worker import TaskWorker


def taskworker(rpc_host="127.0.0.1:50051", concurrency=4, max_child_task_count=10000):
    worker = TaskWorker(
        rpc_host=rpc_host,
        concurrency=concurrency,
        max_child_task_count=max_child_task_count,
        processing_pool_name="default",
    )
    return worker.start()


if __name__ == "__main__":
    sys.exit(taskworker())
