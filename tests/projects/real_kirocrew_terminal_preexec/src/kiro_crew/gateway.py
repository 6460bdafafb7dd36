"""The gateway: Slack socket-mode client, scheduler and watchdog, each on its own thread."""

import logging
import threading
import time

log = logging.getLogger(__name__)


class Gateway:
    def __init__(self):
        self._stop = threading.Event()
        self._threads = []

    def start(self):
        for name in ("slack-socket-mode", "scheduler", "loop-stall-watchdog"):
            t = threading.Thread(target=self._run_loop, args=(name,), name=name, daemon=True)
            t.start()
            self._threads.append(t)

    def _run_loop(self, name):
        while not self._stop.is_set():
            log.debug("%s tick", name)
            time.sleep(1.0)

    def stop(self):
        self._stop.set()
        for t in self._threads:
            t.join(timeout=5)
