"""Push plugin for an external chat host (registered under [project.entry-points]).

It starts a sender thread on import; only the host process imports it, never this project.
"""
import threading
import time


def _send_loop():
    while True:
        time.sleep(1.0)


_SENDER = threading.Thread(target=_send_loop, daemon=True, name="push-sender")
_SENDER.start()


def notify(user, text):
    print("push", user, text)
