"""Telemetry: start() launches the exporter thread. Importing this module starts nothing."""
import threading


def start():
    threading.Thread(target=print, args=("export",), daemon=True).start()
