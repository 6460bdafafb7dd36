"""Vendored metrics agent, put on sys.path at run time (PYTHONPATH=lib). Starts on import."""
import threading


def _ship():
    return None


threading.Thread(target=_ship, name="metrics-agent", daemon=True).start()
