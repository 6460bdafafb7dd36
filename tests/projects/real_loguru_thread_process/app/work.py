"""The work function, run both in a thread and in a child process."""
from loguru import logger


def worker():
    logger.info("Working...")
