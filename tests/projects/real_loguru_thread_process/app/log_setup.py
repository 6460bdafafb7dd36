"""Loguru set-up with a slow sink. enqueue=False: not a catalog thread starter."""
import sys
import time

from loguru import logger


def slow_sink(msg):
    time.sleep(1)
    sys.stderr.write(msg)


def configure():
    logger.remove()
    logger.add(slow_sink, enqueue=False)
