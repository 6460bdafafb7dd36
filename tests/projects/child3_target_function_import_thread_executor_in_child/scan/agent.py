"""Monitoring agent: pushes probe results from a background thread from import on."""
import threading
import time

_TAGS = []


def _push_loop():
    while True:
        time.sleep(15.0)


def tag(name):
    _TAGS.append(name)


_pusher = threading.Thread(target=_push_loop, daemon=True)
_pusher.start()
