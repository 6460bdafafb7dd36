"""Starts a progress thread and a default-method executor (made safe by cli.py, see there)."""
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _progress():
    while True:
        time.sleep(1.0)


def square(n):
    return n * n


def crunch(numbers):
    threading.Thread(target=_progress, daemon=True).start()
    with ProcessPoolExecutor() as ex:
        return list(ex.map(square, numbers))
