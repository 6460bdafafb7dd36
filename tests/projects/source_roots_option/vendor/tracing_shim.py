"""Vendored tracing shim (PYTHONPATH=lib:vendor at run time). Starts its exporter on import."""
import threading

threading.Thread(target=print, args=("export",), daemon=True).start()
