"""import notifier; notifier.Broker(...)."""
from concurrent.futures import ProcessPoolExecutor

import notifier


def _send(device):
    return device


def push_all(devices):
    broker = notifier.Broker("amqp://localhost")
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return broker, list(pool.map(_send, devices))
