"""Outbound queue: on SIGUSR1 the flush runs on a fresh thread (a signal handler)."""
import threading


def _flush():
    return None


def on_flush_signal(signum, frame):
    threading.Thread(target=_flush, daemon=True).start()
