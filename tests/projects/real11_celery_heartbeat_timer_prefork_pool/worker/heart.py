"""Worker heartbeats sent from a timer thread (celery's worker.heartbeat.Heart)."""
import threading


class Heart:
    def __init__(self, eventer, interval=2.0):
        self.eventer = eventer
        self.interval = interval
        self._timer = None

    def _beat(self):
        self.eventer.send("worker-heartbeat")
        self.start()

    def start(self):
        self._timer = threading.Timer(self.interval, self._beat)
        self._timer.daemon = True
        self._timer.start()

    def stop(self):
        if self._timer is not None:
            self._timer.cancel()
