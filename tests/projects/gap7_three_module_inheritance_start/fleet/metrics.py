"""Polls the host load average into an in-memory series."""
import os

from fleet.polling import PollingService


class MetricsService(PollingService):
    def __init__(self, name="metrics", interval=10.0, keep=360):
        super().__init__(name, interval)
        self.keep = keep
        self.series = []

    def poll(self):
        self.series.append(os.getloadavg()[0])
        del self.series[:-self.keep]

    def latest(self):
        return self.series[-1] if self.series else None
