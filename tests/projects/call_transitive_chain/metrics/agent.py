"""Metrics agent with a background sender."""
import threading


def _send():
    return None


def launch():
    sender = threading.Thread(target=_send, daemon=True)
    sender.start()
