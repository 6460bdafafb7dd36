"""Queue consumer (runs only as a process-pool task)."""
import brokerkit

from relay import pump


def run(queue_name):
    broker = brokerkit.lookup(queue_name)
    return pump.drain(broker)
