"""Telemetry: start_telemetry() starts the reporter thread."""
import threading


def _report():
    return None


def start_telemetry():
    threading.Thread(target=_report, daemon=True).start()
