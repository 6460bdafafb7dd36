"""A service that calls poll() every `interval` seconds."""
import time

from fleet.base import Service


class PollingService(Service):
    def __init__(self, name, interval):
        super().__init__(name)
        self.interval = interval
        self.polls = 0

    def run(self):
        while True:
            self.poll()
            self.polls += 1
            time.sleep(self.interval)

    def poll(self):
        raise NotImplementedError
