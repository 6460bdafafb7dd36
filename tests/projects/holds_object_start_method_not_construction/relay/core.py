"""Gateway whose threads start in start(), not when it is built."""
import threading


class Gateway:
    def __init__(self, url):
        self.url = url

    def start(self):
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        return None
