"""Pull from a remote."""
from syncer import beacon


def pull(remote):
    beacon.start(remote)
    return remote.rstrip("/")
