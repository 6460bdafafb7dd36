"""Entry point ingest-replay: no fork pin in this program, so FRK001 is dropped at 3.14."""
import multiprocessing
import threading
import time

from ingest import shared


def _pace():
    while True:
        time.sleep(0.5)


def load(path):
    return path.strip()


def main():
    threading.Thread(target=_pace, daemon=True).start()
    with multiprocessing.Pool(2) as pool:
        frames = pool.map(load, ["a ", "b "])
    return shared.parse_all(frames)
