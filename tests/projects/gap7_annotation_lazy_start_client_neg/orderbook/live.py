"""Live mode: build the client and print ticks (no process pools here)."""
import sys
import time

from orderbook.feed import FeedClient


def run_live(url, symbols):
    client = FeedClient(url, symbols)
    client.subscribe(lambda tick: print(tick.get("symbol"), tick.get("price")))
    while True:
        time.sleep(1)


if __name__ == "__main__":
    run_live(sys.argv[1], sys.argv[2:])
