"""Runs the pipeline with a progress thread (evidence for the callees)."""
import threading
import time

from etl import load, transform


def _progress():
    while True:
        time.sleep(1.0)


def main():
    threading.Thread(target=_progress, daemon=True).start()
    rows = load.load_all(["a.csv", "b.csv"])
    return transform.transform(rows)


if __name__ == "__main__":
    main()
