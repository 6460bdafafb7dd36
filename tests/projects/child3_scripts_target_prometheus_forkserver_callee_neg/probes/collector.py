"""Probes targets in a forkserver pool."""
import multiprocessing
import socket

_CTX = multiprocessing.get_context("forkserver")


def probe(target, timeout):
    host, port = target.split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return 1
    except OSError:
        return 0


def scrape_all(targets):
    with _CTX.Pool(4) as pool:
        return sum(pool.starmap(probe, [(target, 5.0) for target in targets]))
