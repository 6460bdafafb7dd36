"""Code that runs in a taskworker child process."""

import queue


def child_process(child_tasks, processed_tasks, shutdown_event, max_task_count,
                  processing_pool_name):
    processed = 0
    while not shutdown_event.is_set():
        if max_task_count and processed >= max_task_count:
            return
        try:
            activation = child_tasks.get(timeout=1.0)
        except queue.Empty:
            continue
        processed_tasks.put({"task_id": activation["id"], "status": "complete",
                             "pool": processing_pool_name})
        processed += 1
