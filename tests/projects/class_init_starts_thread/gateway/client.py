"""Gateway client that keeps its connection alive from a thread started in __init__."""
import threading
import time


class GatewayClient:
    def __init__(self, url):
        self.url = url
        self._keepalive = threading.Thread(target=self._ping, daemon=True)
        self._keepalive.start()

    def _ping(self):
        while True:
            time.sleep(15)
