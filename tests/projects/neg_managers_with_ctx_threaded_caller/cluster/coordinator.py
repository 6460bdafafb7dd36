"""Coordinates nodes with a thread pool and uses the managers in state.py."""
from concurrent.futures import ThreadPoolExecutor

from cluster import state


def ping(node):
    return node, True


def coordinate(nodes):
    with ThreadPoolExecutor(max_workers=4) as pool:
        alive = dict(pool.map(ping, nodes))
    mgr = state.open_shared()
    merged = state.merge_counts({"alive": len(alive)})
    remote = state.attach(("10.0.0.5", 50000), b"secret")
    scratch = state.scratch_list()
    scratch.shutdown()
    mgr.shutdown()
    return merged, remote
