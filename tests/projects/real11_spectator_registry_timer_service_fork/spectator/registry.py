"""Meter registry that publishes from a background timer thread."""
import logging
import threading

logger = logging.getLogger("spectator.Registry")


class Registry:
    def __init__(self, frequency=5.0):
        self._frequency = frequency
        self._meters = {}
        self._started = False
        self._timer = None

    def counter(self, name):
        return self._meters.setdefault(name, [0])

    def _publish(self):
        logger.debug("publishing %d meters", len(self._meters))
        self._schedule()

    def _schedule(self):
        self._timer = threading.Timer(self._frequency, self._publish)
        self._timer.daemon = True
        self._timer.start()

    def start(self):
        if not self._started:
            self._started = True
            logger.info("starting registry")
            self._schedule()
