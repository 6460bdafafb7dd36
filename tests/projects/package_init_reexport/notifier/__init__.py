"""Public API of the notifier package (re-exports)."""
from .broker import Broker
from .telemetry import start_telemetry

__all__ = ["Broker", "start_telemetry"]
