"""Message broker: building one starts its dispatch thread. Config starts nothing."""
import threading


class Broker:
    def __init__(self, url):
        self.url = url
        self._dispatcher = threading.Thread(target=self._dispatch, daemon=True)
        self._dispatcher.start()

    def _dispatch(self):
        return None


class Config:
    def __init__(self, url):
        self.url = url
