"""Starts the span exporter thread on import."""
import threading


def _export():
    return None


_EXPORTER = threading.Thread(target=_export, daemon=True)
_EXPORTER.start()
