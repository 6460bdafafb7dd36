"""Logging set-up for the pipeline: one log stream for the parent and all its workers."""
import logging
import sys

from multiprocessing_logging import install_mp_handler


def configure_logging(level=logging.INFO):
    logging.basicConfig(
        stream=sys.stdout,
        level=level,
        format="%(asctime)s %(processName)s %(name)s %(message)s",
    )
    # Wraps every root handler so that records from child processes are sent back through a
    # queue; a receiver thread in this process drains that queue.
    install_mp_handler()
