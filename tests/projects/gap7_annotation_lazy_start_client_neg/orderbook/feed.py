"""Market feed client: building it only stores settings; subscribe() starts the reader."""
import json
import threading
import urllib.request


class FeedClient:
    def __init__(self, url, symbols):
        self.url = url
        self.symbols = tuple(symbols)
        self._reader = None

    def subscribe(self, on_tick):
        def read():
            with urllib.request.urlopen(self.url + "/stream", timeout=60) as resp:
                for line in resp:
                    on_tick(json.loads(line))

        self._reader = threading.Thread(target=read, name="feed-reader", daemon=True)
        self._reader.start()
