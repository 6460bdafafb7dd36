"""Nightly report (program ingest-report); no fork pin anywhere in its program.

At target Python 3.14 the default start method is not fork here, so its default
ProcessPoolExecutor is not reported although the module starts a thread.
"""
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _tick():
    while True:
        time.sleep(60.0)


def _summarise(day):
    return day * 2


def main():
    threading.Thread(target=_tick, daemon=True).start()
    with ProcessPoolExecutor() as ex:
        return list(ex.map(_summarise, range(7)))
