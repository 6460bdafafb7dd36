import queue
import threading


class Uploader:
    def __init__(self, bucket):
        self.bucket = bucket
        self._queue = queue.Queue()
        self._thread = None

    def _drain(self):
        while True:
            path = self._queue.get()
            print("upload", path, "to", self.bucket)

    def start(self):
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def enqueue(self, path):
        self._queue.put(path)
