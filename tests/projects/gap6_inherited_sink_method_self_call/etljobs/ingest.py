import threading
import time

from etljobs.base import BatchJob


class IngestJob(BatchJob):
    def _beat(self):
        while True:
            print("ingest alive,", len(self.items), "items")
            time.sleep(10)

    def _start_heartbeat(self):
        threading.Thread(target=self._beat, daemon=True).start()

    def run(self):
        self._start_heartbeat()
        return self.fan_out(self.items)
