"""prog2_entry_points_option_module_form.

Clause: Programs (entry points): `--forksafe-entry-points` (here from setup.cfg, module form
`mailq.daemon`) names an entry point; there are no `[project.scripts]`.

The program mailq.daemon is this module and mailq.spool. Relay.start() below starts a
threading.Thread. spool.compact is handed to the relay as a callback (`on_idle=`), a
reference that the relay calls as `self._on_idle()`, which the checker cannot resolve, and
spool.py imports nothing from the project: only the program links spool.py to the thread.

Expected: mailq/spool.py `subprocess.Popen(..., preexec_fn=_lower_priority)`: FRK004.
mailq/tools.py is imported by no program and imports nothing from the project, so its
`multiprocessing.Pool()` has no evidence: nothing. This module has no sink.
"""
import sys
import threading
import time

from mailq import spool


class Relay:
    def __init__(self, host, on_idle=None):
        self.host = host
        self._on_idle = on_idle
        self._thread = None

    def _loop(self):
        while True:
            time.sleep(1.0)
            if self._on_idle is not None:
                self._on_idle()

    def start(self):
        self._thread = threading.Thread(target=self._loop, name="relay", daemon=True)
        self._thread.start()

    def join(self):
        self._thread.join()


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "localhost"
    r = Relay(host, on_idle=spool.compact)
    r.start()
    r.join()


if __name__ == "__main__":
    main()
