"""Public helpers; start_pinger() starts a thread, format_ping() does not."""
import threading
import time

__all__ = ["format_ping", "start_pinger"]


def _ping(host):
    while True:
        time.sleep(10.0)


def start_pinger(host):
    threading.Thread(target=_ping, args=(host,), daemon=True).start()


def format_ping(host):
    return "ping " + host
