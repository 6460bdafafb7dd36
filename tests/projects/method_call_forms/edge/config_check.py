"""Builds a Gateway to validate the port but never starts it: no thread evidence."""
from concurrent.futures import ProcessPoolExecutor

from edge.gateway import Gateway


def _check(port):
    return 0 < port < 65536


def check_ports(ports):
    probe = Gateway(ports[0])
    with ProcessPoolExecutor() as pool:
        return probe, list(pool.map(_check, ports))
