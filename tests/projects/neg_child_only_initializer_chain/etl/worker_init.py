"""Worker process initializer: starts the worker's telemetry exporter."""
from etl import telemetry


def setup():
    telemetry.start_exporter()
