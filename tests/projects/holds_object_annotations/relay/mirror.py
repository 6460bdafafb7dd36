"""Attribute annotated with the Broker class (imported by name)."""
from concurrent.futures import ProcessPoolExecutor

from relay.core import Broker


def _copy(message):
    return message


class Mirror:
    broker: Broker

    def replay(self, messages):
        with ProcessPoolExecutor() as pool:  # error: FRK001:14
            return list(pool.map(_copy, messages))
