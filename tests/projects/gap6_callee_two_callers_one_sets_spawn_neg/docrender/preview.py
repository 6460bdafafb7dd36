import os
import threading
import time

from docrender import pages


def _watch(root, interval):
    stamps = {}
    while True:
        changed = []
        for name in os.listdir(root):
            mtime = os.path.getmtime(os.path.join(root, name))
            if stamps.get(name) != mtime:
                stamps[name] = mtime
                changed.append(name)
        if changed:
            pages.render_pages(changed)
        time.sleep(interval)


def serve(root):
    watcher = threading.Thread(target=_watch, args=(root, 1.0), daemon=True)
    watcher.start()
    watcher.join()
