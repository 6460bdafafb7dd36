"""Gateway keepalive. The thread starts from a startup hook the CLI calls through a list, which
no project call resolves; a program that contains this module still starts it."""
import threading
import time


def _keepalive():
    while True:
        time.sleep(20)


def _start_keepalive():
    threading.Thread(target=_keepalive, name="gateway-keepalive", daemon=True).start()


STARTUP_HOOKS = [_start_keepalive]
