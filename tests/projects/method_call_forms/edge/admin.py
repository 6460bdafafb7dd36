"""obj = Gateway(); obj.start() in the same function."""
from concurrent.futures import ProcessPoolExecutor

from edge.gateway import Gateway


def _audit(entry):
    return entry


def run_admin(entries):
    gateway = Gateway(9100)
    gateway.start()
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_audit, entries))
