"""Encoder processes; each child reports progress from a thread (child-only)."""
import multiprocessing
import threading
import time


def _report(path):
    for _ in range(3):
        time.sleep(0.5)
    print("encoded", path)


def encode_segment(path):
    progress = threading.Thread(target=_report, args=(path,), daemon=True)
    progress.start()
    progress.join()


def run_encoders(paths):
    procs = [multiprocessing.Process(target=encode_segment, args=(p,)) for p in paths]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
