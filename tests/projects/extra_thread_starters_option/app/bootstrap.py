"""Starts the (third-party) acme telemetry agent at import time."""
import acme_telemetry

acme_telemetry.start_agent(service="billing")
