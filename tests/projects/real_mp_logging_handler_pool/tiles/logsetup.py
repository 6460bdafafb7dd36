"""Logging for the tile renderer: multiprocessing_logging forwards child records through a
queue drained by a receiver thread in the parent."""
import logging
import sys

from multiprocessing_logging import install_mp_handler


def configure(level=logging.INFO):
    logging.basicConfig(stream=sys.stdout, level=level)
    install_mp_handler()
