"""Peer connections; connecting starts the keep-alive."""
from cluster import keepalive


def connect(host):
    keepalive.start()
    return host
