import threading


class Heartbeat(threading.Thread):
    def run(self):
        pass
