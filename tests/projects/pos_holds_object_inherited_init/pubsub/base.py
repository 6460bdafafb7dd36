"""BaseClient starts a ping thread in __init__; Schedule starts a Timer only in a classmethod."""
import threading
import time


class BaseClient:
    def __init__(self, url):
        self.url = url
        self._pinger = threading.Thread(target=self._ping, daemon=True)
        self._pinger.start()

    def _ping(self):
        while True:
            time.sleep(15.0)


def _tick():
    print("tick")


class Schedule:
    def __init__(self, seconds=60.0):
        self.seconds = seconds

    @classmethod
    def every(cls, seconds):
        timer = threading.Timer(seconds, _tick)
        timer.start()
        return cls(seconds)
