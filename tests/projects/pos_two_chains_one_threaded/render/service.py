"""Top of the threaded chain: starts a watcher thread, then schedules a render."""
import threading
import time

from render import live


def _watch(queue):
    while True:
        time.sleep(1.0)
        if queue:
            queue.pop()


def serve(queue):
    watcher = threading.Thread(target=_watch, args=(queue,), daemon=True)
    watcher.start()
    return live.schedule([3, 1, 2])
