"""Cluster bootstrap: connect to every peer."""
from cluster import net


def prepare(hosts):
    return [net.connect(h) for h in hosts]
