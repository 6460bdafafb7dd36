"""Sink module of cat_queuelistener_setup_called_from_main: the executor at line 13 is FRK001."""
import logging
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)


def crunch(n):
    return sum(i * i for i in range(n))


def run_all(sizes):
    with ProcessPoolExecutor(max_workers=2) as executor:  # error: FRK001:10
        results = list(executor.map(crunch, sizes))
    log.info("finished %d jobs", len(results))
    return results
