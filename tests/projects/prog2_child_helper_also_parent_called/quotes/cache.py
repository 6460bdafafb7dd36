"""Quote cache with a background refresher."""
import threading
import time

QUOTES = {}


def _refresh(exchange):
    while True:
        QUOTES[exchange] = time.time()
        time.sleep(1.0)


def start_refresher(exchange):
    t = threading.Thread(target=_refresh, args=(exchange,), daemon=True)
    t.start()
    return t
