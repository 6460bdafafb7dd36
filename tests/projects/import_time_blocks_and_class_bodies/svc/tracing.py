"""Tracing: the exporter thread starts inside a module-level `if` (still import time)."""
import os
import threading


def _export():
    return None


if os.environ.get("TRACING", "1") == "1":
    threading.Thread(target=_export, name="trace-export", daemon=True).start()
