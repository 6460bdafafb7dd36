"""Queue-based logging: records go through a QueueHandler to a QueueListener thread."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

_QUEUE = queue.Queue()


def start():
    handler = logging.FileHandler("ingestd.log")
    listener = QueueListener(_QUEUE, handler)
    listener.start()
    logging.getLogger("ingestd").addHandler(QueueHandler(_QUEUE))
    return listener
