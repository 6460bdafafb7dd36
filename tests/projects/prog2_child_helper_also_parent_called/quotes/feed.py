"""The market feed child process."""
import time

from quotes import cache


def run_feed(exchange):
    cache.start_refresher(exchange)
    time.sleep(1.0)
    return exchange
