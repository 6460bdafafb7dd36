"""Gateway whose start() method launches the accept loop in a thread (__init__ does not)."""
import threading


class Gateway:
    def __init__(self, port=8080):
        self.port = port

    def start(self):
        self._loop = threading.Thread(target=self._accept, daemon=True)
        self._loop.start()
        return self

    def _accept(self):
        return None
