"""The project's broker facade; brokerkit hands out instances of it."""
import threading
import time


class Broker:
    def __init__(self, name):
        self.name = name
        self._heartbeat = threading.Thread(target=self._beat, daemon=True)
        self._heartbeat.start()

    def _beat(self):
        while True:
            time.sleep(5.0)

    def messages(self):
        return []
