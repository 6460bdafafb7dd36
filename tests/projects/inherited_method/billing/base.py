"""Service base class: start() runs the service loop in a thread."""
import threading


class BaseService:
    name = "service"

    def start(self):
        self._thread = threading.Thread(target=self.run, name=self.name, daemon=True)
        self._thread.start()

    def run(self):
        return None
