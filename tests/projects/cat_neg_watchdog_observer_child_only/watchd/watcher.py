"""One watcher process per directory."""
import time

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer


class PrintingHandler(FileSystemEventHandler):
    def on_modified(self, event):
        print("modified:", event.src_path, flush=True)


def watch_main(path):
    observer = Observer()
    observer.schedule(PrintingHandler(), path, recursive=True)
    observer.start()
    try:
        while True:
            time.sleep(1)
    finally:
        observer.stop()
        observer.join()
