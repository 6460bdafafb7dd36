"""Keep-alive pinger thread."""
import threading
import time


def _ping(iface):
    while True:
        time.sleep(1.0)


def start_pinger(iface):
    t = threading.Thread(target=_ping, args=(iface,), daemon=True)
    t.start()
