"""Tracing exporter started on import."""
import threading


def _export():
    return None


threading.Thread(target=_export, daemon=True).start()
