"""Polls CPU and memory usage from a background thread."""
import os
import threading


class SystemMetricsMonitor:
    def __init__(self, stop_event, polling_rate_seconds=5):
        self._stop_event = stop_event
        self._polling_rate_seconds = polling_rate_seconds
        self._mem_percentages = []
        self._thread = None

    def _continuously_poll_memory(self):
        while not self._stop_event.wait(self._polling_rate_seconds):
            self._mem_percentages.append(os.getloadavg()[0])

    def start(self):
        self._thread = threading.Thread(target=self._continuously_poll_memory, name="SystemMetricsMonitor")
        self._thread.daemon = True
        self._thread.start()
