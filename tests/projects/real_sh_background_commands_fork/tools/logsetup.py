"""Logging setup; a fork hook logs in every child (the report's at-fork handler)."""
import logging
import os

logger = logging.getLogger("tools")


def _log_child():
    logger.debug("in child")


def configure(level=logging.DEBUG):
    logging.basicConfig(level=level)
    os.register_at_fork(after_in_child=_log_child)
