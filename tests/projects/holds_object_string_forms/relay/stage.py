"""Annotated attribute assignment in __init__: `self.broker: core.Broker = broker`."""
import os

from relay import core


class Stage:
    def __init__(self, broker):
        self.broker: core.Broker = broker

    def detach(self):
        if os.fork() == 0:  # error: FRK003:12
            os.setsid()
