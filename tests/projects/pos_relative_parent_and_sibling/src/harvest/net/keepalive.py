"""HTTP keep-alive pinger thread."""
import threading


def _ping():
    return None


def start_keepalive():
    threading.Thread(target=_ping, name="keepalive", daemon=True).start()
