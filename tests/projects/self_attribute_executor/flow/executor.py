"""Trigger executor: trigger() hands the work to a fresh thread."""
import threading


class Executor:
    def __init__(self, name):
        self.name = name

    def trigger(self):
        worker = threading.Thread(target=self._work, daemon=True)
        worker.start()
        return worker

    def _work(self):
        return None
