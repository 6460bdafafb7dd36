"""Top-level package: re-exports the telemetry entry point (starts nothing on import)."""
from .telemetry import start_exporter

__all__ = ["start_exporter"]
