"""Metrics endpoint: prometheus_client serves /metrics from a daemon thread."""
from prometheus_client import start_http_server


def expose(port):
    start_http_server(port)
