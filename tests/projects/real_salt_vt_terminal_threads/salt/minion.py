"""The minion: receives jobs from the master and runs each one.

With ``multiprocessing: False`` every job runs in a thread of the minion
process (salt/minion.py, ``_handle_decoded_payload``).
"""

import logging
import threading
import time

from salt.modules import cmdmod

log = logging.getLogger(__name__)

# The loader resolves "cmd.run" to the execution module function at run time.
FUNCTIONS = {
    "cmd.run": cmdmod.run,
    "cmd.run_all": cmdmod.run_all,
}


class Minion:
    def __init__(self, opts):
        self.opts = opts
        self._running = False

    def tune_in(self):
        self._running = True
        while self._running:
            for data in self._poll_master():
                self._handle_decoded_payload(data)
            time.sleep(0.5)

    def _poll_master(self):
        return []

    def _handle_decoded_payload(self, data):
        log.debug("Executing job %s", data["jid"])
        job = threading.Thread(
            target=self._thread_return, args=(data,), name=data["jid"]
        )
        job.daemon = True
        job.start()

    def _thread_return(self, data):
        func = FUNCTIONS[data["fun"]]
        try:
            ret = func(*data.get("arg", ()), **data.get("kwarg", {}))
        except Exception:  # noqa: BLE001
            log.exception("Job %s failed", data["jid"])
            ret = None
        log.debug("Job %s returned %r", data["jid"], ret)
