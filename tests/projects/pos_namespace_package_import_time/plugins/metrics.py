"""Starts a reporting Timer when imported (namespace package: no __init__.py anywhere)."""
import threading


def _report():
    print("metrics flushed")


_TIMER = threading.Timer(30.0, _report)
_TIMER.daemon = True
_TIMER.start()
