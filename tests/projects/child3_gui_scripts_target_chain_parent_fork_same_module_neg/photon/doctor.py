"""Self-checks."""
from photon import store


def run_checks(root):
    store.compact_store(root)
    return True
