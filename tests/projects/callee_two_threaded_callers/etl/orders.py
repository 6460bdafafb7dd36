"""Order sync: a watchdog Timer plus the shared fan-out."""
import threading

from etl.fanout import fan_out


def sync_orders(rows):
    watchdog = threading.Timer(600, print, args=("orders sync is slow",))
    watchdog.start()
    try:
        return fan_out(rows)
    finally:
        watchdog.cancel()
