import threading
import time

from observe.uploader import Uploader


class Exporter:
    def __init__(self, bucket):
        self._pending = []
        self._uploader = Uploader(bucket)
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self):
        while True:
            time.sleep(30)
            self.flush()

    def add(self, path):
        self._pending.append(path)

    def flush(self):
        pending, self._pending = self._pending, []
        return self._uploader.upload_all(pending)
