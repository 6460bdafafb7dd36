"""The prefork task pool."""
import logging
import multiprocessing


def reset_logging_locks():
    """The ticket #496 workaround: give every handler a fresh lock in the child."""
    for handler in logging.getLogger().handlers:
        handler.createLock()


def execute_task(request):
    name, args = request
    return name, sum(args)


def start_pool(concurrency):
    return multiprocessing.Pool(concurrency, initializer=reset_logging_locks)  # error: FRK001:12
