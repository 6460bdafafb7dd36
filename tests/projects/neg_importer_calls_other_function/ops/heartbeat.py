"""Heartbeat thread, started on request."""
import threading


def _beat():
    return None


def start():
    threading.Thread(target=_beat, daemon=True).start()
