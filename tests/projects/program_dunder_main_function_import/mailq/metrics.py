"""Metrics server; its thread is started by a startup hook, never by a direct call."""
import threading
import time


def _serve_forever(port):
    while True:
        time.sleep(port)


def _start_server():
    server = threading.Thread(target=_serve_forever, args=(9100,), daemon=True)
    server.start()


STARTUP_HOOKS = [_start_server]


def register():
    for hook in STARTUP_HOOKS:
        hook()
