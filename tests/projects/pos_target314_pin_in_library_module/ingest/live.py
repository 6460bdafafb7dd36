"""Entry point ingest-live: pins fork through compat, tails a socket in a thread."""
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from ingest import compat, shared


def _tail():
    while True:
        time.sleep(0.1)


def decode(frame):
    return frame[::-1]


def main():
    compat.pin_fork()
    threading.Thread(target=_tail, daemon=True).start()
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        frames = list(ex.map(decode, ["ab", "cd"]))
    return shared.parse_all(frames)
