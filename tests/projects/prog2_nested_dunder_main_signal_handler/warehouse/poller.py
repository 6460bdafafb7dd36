"""Poll the inventory feeds."""
import time
from concurrent.futures import ThreadPoolExecutor

FEEDS = ["north", "south", "east"]


def _poll(feed):
    time.sleep(0.1)
    return feed


def poll_forever(workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            list(pool.map(_poll, FEEDS))
            time.sleep(5)
