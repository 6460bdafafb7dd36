"""Console entry points (``salt-minion``)."""

import sys

import salt.minion


def salt_minion():
    opts = {"id": "web01", "master": "salt", "multiprocessing": False}
    minion = salt.minion.Minion(opts)
    try:
        minion.tune_in()
    except KeyboardInterrupt:
        sys.exit(0)
