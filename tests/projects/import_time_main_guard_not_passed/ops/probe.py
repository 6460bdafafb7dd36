"""Fork probe; when run as a script it spins a background thread first.

The thread under the __main__ guard is this module's own evidence (per-module rule: anywhere
in the module), so fork_probe() is reported here. It does not run on import, so it is not
passed on to ops.archiver, which imports this module.
"""
import os
import threading
import time


def _spin():
    while True:
        time.sleep(0.1)


def fork_probe():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    threading.Thread(target=_spin, daemon=True).start()
    fork_probe()
