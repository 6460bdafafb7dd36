"""Per-worker telemetry exporter thread."""
import threading


def _ship():
    return None


def start_exporter():
    threading.Thread(target=_ship, daemon=True).start()
