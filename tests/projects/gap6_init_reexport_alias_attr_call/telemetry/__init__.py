"""Telemetry helpers; the public API is re-exported here."""
from .exporter import start_exporter as start

__all__ = ["start"]
