"""Index photo files in a background thread so the window stays responsive."""
import os
import threading

SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


class Library:
    def __init__(self):
        self.paths = set()
        self.ready = threading.Event()

    def wait(self, timeout=None):
        return self.ready.wait(timeout)


def start_indexer(root):
    library = Library()

    def scan():
        for dirpath, _dirs, files in os.walk(root):
            library.paths.update(os.path.join(dirpath, n) for n in files if n.lower().endswith(SUFFIXES))
        library.ready.set()

    threading.Thread(target=scan, name="indexer", daemon=True).start()
    return library
