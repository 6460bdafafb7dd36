import threading
import time


def _beat():
    while True:
        print("fetchd alive")
        time.sleep(30)


def start_heartbeat():
    thread = threading.Thread(target=_beat, name="heartbeat", daemon=True)
    thread.start()
