"""loguru to stderr, synchronous (no enqueue)."""
import sys

from loguru import logger

logger.remove()
logger.add(sys.stderr, level="INFO", format="{time} {level} {message}")
