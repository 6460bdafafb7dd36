"""v4_ev_catalog_mp_logging_pool: a catalog thread starter, ``multiprocessing_logging``.

rules.md, Library thread starters (the catalog): "multiprocessing_logging.install_mp_handler"
(a call; it wraps the handlers with a thread that drains a queue). The call sits in a function
that runs before the pool is built. Sink: ``multiprocessing.Pool`` (default start method).
Expected: one FRK001.
"""
import logging
import multiprocessing

import multiprocessing_logging

log = logging.getLogger(__name__)


def _work(item):
    log.info("processing %s", item)
    return item * 2


def configure_logging(level=logging.INFO):
    logging.basicConfig(level=level, format="%(processName)s %(message)s")
    multiprocessing_logging.install_mp_handler()


def run(items):
    configure_logging()
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        results = pool.map(_work, items)
    log.info("done: %d items", len(results))
    return results


if __name__ == "__main__":
    run(list(range(20)))
