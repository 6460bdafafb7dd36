"""Offline batch tool, in no program: forkserver is not set for it."""
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _progress():
    while True:
        time.sleep(2.0)


def resize(path):
    return path + ".thumb"


def run(paths):
    threading.Thread(target=_progress, daemon=True).start()
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(resize, paths))


if __name__ == "__main__":
    run(["x.png"])
