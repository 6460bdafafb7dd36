"""Exposes /metrics for scraping."""
from prometheus_client import start_wsgi_server


def serve_metrics(port):
    start_wsgi_server(port, addr="0.0.0.0")
