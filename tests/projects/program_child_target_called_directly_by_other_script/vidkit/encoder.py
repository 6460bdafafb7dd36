"""encode() reports progress from a thread while it encodes one file."""
import threading
import time


def _progress(path):
    time.sleep(0.5)
    print("encoding", path)


def encode(path):
    reporter = threading.Thread(target=_progress, args=(path,), daemon=True)
    reporter.start()
    reporter.join()
    return path
