"""Signature feed updater thread."""
import threading


def _update():
    return None


def start():
    threading.Thread(target=_update, daemon=True).start()
