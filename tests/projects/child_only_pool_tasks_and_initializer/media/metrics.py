"""Per-process metrics exporter."""
import threading


def start_exporter():
    threading.Thread(target=print, args=("metrics",), daemon=True).start()
