"""gRPC client for the taskbroker."""

import grpc


class TaskworkerClient:
    """Fetches activations from, and reports results to, a taskbroker over gRPC."""

    def __init__(self, host, num_brokers=None):
        self._host = host
        self._num_brokers = num_brokers
        self._channel = grpc.insecure_channel(host)

    def get_task(self, namespace=None):
        return None

    def update_task(self, result):
        return None
