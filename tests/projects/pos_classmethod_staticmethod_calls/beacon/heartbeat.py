"""A heartbeat whose thread is started by a classmethod factory (construction starts none)."""
import threading
import time


class Heartbeat:
    def __init__(self, interval):
        self.interval = interval

    @classmethod
    def start_default(cls):
        beat = cls(5.0)
        worker = threading.Thread(target=beat.loop, daemon=True, name="heartbeat")
        worker.start()
        return beat

    @staticmethod
    def describe():
        return "heartbeat every few seconds"

    def loop(self):
        while True:
            time.sleep(self.interval)
