"""The interchange: brokers tasks between the submit side and the worker pools (child side)."""

import logging
import time

logger = logging.getLogger("interchange")


class Interchange:
    def __init__(self, client_address="127.0.0.1", worker_ports=None):
        self.client_address = client_address
        self.worker_ports = worker_ports or (54000, 54001)
        self._kill = False

    def start(self):
        while not self._kill:
            time.sleep(0.1)


def starter(comm_q, *args, **kwargs):
    ic = Interchange(*args, **kwargs)
    comm_q.put(ic.worker_ports)
    ic.start()
