"""EventBus: its dispatch thread starts when the bus is built."""
import threading


class EventBus:
    def __init__(self):
        self._subscribers = []
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()

    def subscribe(self, callback):
        self._subscribers.append(callback)

    def _loop(self):
        return self._subscribers
