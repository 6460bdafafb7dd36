"""Service base class: start() runs the service loop in a daemon thread."""
import logging
import threading

log = logging.getLogger(__name__)


class Service:
    def __init__(self, name):
        self.name = name
        self._thread = None

    def start(self):
        if self._thread is not None:
            raise RuntimeError(f"{self.name} already started")
        self._thread = threading.Thread(target=self._run_safely, name=self.name, daemon=True)
        self._thread.start()
        log.info("service %s started", self.name)

    def _run_safely(self):
        try:
            self.run()
        except Exception:
            log.exception("service %s crashed", self.name)

    def run(self):
        raise NotImplementedError
