"""Cache warming threads."""
import threading


def _warm(key):
    return key.upper()


def start_warmer(key):
    thread = threading.Thread(target=_warm, args=(key,), daemon=True)
    thread.start()
    return thread
