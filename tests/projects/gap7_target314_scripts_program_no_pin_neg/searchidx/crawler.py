"""Walk a tree in a background thread and hand out paths through a queue."""
import os
import queue
import threading


def _walk(root, out):
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith((".txt", ".md", ".rst")):
                out.put(os.path.join(dirpath, name))
    out.put(None)


def start_crawl(root):
    out = queue.Queue(maxsize=1024)
    threading.Thread(target=_walk, args=(root, out), name="crawler", daemon=True).start()
    return out
