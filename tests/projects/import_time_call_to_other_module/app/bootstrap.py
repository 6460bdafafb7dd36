"""Process bootstrap: calls telemetry.start() at module level (on import)."""
from app import telemetry

telemetry.start()
