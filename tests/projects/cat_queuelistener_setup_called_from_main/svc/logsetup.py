"""Non-blocking logging: handlers run behind a queue."""
import logging
import logging.handlers
import queue


def setup_logging(level=logging.INFO):
    log_queue = queue.Queue(-1)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(log_queue, handler, respect_handler_level=True)
    listener.start()
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    return listener
