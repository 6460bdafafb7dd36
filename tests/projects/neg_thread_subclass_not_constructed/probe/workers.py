"""Ping worker thread class. Defined here, constructed nowhere in the project yet."""
import threading


class PingThread(threading.Thread):
    def __init__(self, host):
        super().__init__(daemon=True)
        self.host = host

    def run(self):
        return self.host
