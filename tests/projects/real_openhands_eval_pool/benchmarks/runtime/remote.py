"""Remote sandbox runtime: the WebSocket event reader runs in a thread started on connect."""
import threading


class RemoteRuntime:
    def __init__(self, url):
        self.url = url
        self._reader = threading.Thread(target=self._read_events, name="ws-reader", daemon=True)
        self._reader.start()

    def _read_events(self):
        return None
