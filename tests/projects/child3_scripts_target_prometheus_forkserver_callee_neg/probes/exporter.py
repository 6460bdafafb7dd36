"""Metrics exporter process (runs only as a Process target)."""
import time

import prometheus_client

from probes import collector


def run(port, targets):
    prometheus_client.start_http_server(port)
    while True:
        collector.scrape_all(targets)
        time.sleep(15.0)
