import threading
import time


def _loop(fn, interval):
    while True:
        fn()
        time.sleep(interval)


def periodic(fn):
    runner = threading.Thread(target=_loop, args=(fn, 60.0), daemon=True)
    runner.start()
    return fn
