"""Heartbeat thread for the shop services."""
import threading


def _beat():
    return None


def start():
    threading.Thread(target=_beat, name="heartbeat", daemon=True).start()
