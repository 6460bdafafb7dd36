"""Logging setup: loguru with enqueue=True (a writer thread drains the queue)."""
from loguru import logger


def setup(path):
    logger.remove()
    logger.add(path, enqueue=True, rotation="00:00")
