import threading
import time

from backup.archiver import Archiver


def _watch(paths):
    while True:
        for path in paths:
            print(Archiver.describe(path))
        time.sleep(60)


def start_monitor(paths):
    thread = threading.Thread(target=_watch, args=(paths,), daemon=True)
    thread.start()
    return thread
