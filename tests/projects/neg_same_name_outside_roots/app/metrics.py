"""The project's metrics module: counters only, no threads."""
COUNTERS = {}


def configure(prefix):
    COUNTERS.clear()
    COUNTERS["prefix"] = prefix
