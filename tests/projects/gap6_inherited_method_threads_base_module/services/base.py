import threading
import time


class Service:
    heartbeat_interval = 15.0

    def __init__(self, name):
        self.name = name
        self.last_beat = None

    def _beat(self):
        self.last_beat = time.time()
        print("heartbeat", self.name)

    def start_heartbeat(self):
        timer = threading.Timer(self.heartbeat_interval, self._beat)
        timer.daemon = True
        timer.start()
        return timer
