"""Optional background features that the relay can switch on from its config."""
import threading
import time


def _beat(interval, stream):
    while True:
        stream.write("relay: alive\n")
        stream.flush()
        time.sleep(interval)


def start_heartbeat(interval, stream):
    """Write a heartbeat line to `stream` every `interval` seconds."""
    thread = threading.Thread(target=_beat, args=(interval, stream), name="heartbeat", daemon=True)
    thread.start()
    return thread


def available():
    return sorted(name[len("start_"):] for name in globals() if name.startswith("start_"))
