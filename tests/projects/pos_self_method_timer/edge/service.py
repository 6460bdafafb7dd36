"""Edge agent: start() schedules a status report on a timer thread (through a self. call)."""
import threading


class Agent:
    def __init__(self, name):
        self.name = name
        self._timer = None

    def start(self):
        self._schedule_report()

    def _schedule_report(self):
        self._timer = threading.Timer(30.0, self._report)
        self._timer.daemon = True
        self._timer.start()

    def _report(self):
        return self.name
