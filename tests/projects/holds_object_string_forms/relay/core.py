"""Message broker: building one starts its dispatch thread."""
import threading


class Broker:
    def __init__(self, url):
        self.url = url
        threading.Thread(target=self._dispatch, daemon=True).start()

    def _dispatch(self):
        return None
