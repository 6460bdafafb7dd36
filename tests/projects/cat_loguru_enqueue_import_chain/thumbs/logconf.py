"""Process-wide logging: loguru writes through a queue (enqueue=True)."""
import sys

from loguru import logger

logger.remove()
logger.add(sys.stderr, level="INFO", enqueue=True)
