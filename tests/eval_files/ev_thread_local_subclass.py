"""Evidence: a local subclass of threading.Thread that is constructed (rules.md Evidence, first bullet); psutil.Process is neither evidence nor a sink."""
import os
import queue
import threading
import multiprocessing as mp

import psutil


class LogShipper(threading.Thread):
    def __init__(self, q: queue.Queue) -> None:
        super().__init__(name="log-shipper", daemon=True)
        self.q = q

    def run(self) -> None:
        while True:
            record = self.q.get()
            if record is None:
                return
            print(record)


def main() -> None:
    q = queue.Queue()
    LogShipper(q).start()
    q.put("rss=%d" % psutil.Process(os.getpid()).memory_info().rss)
    proc = mp.Process(target=print, args=("child",))  # error: FRK001:12
    proc.start()
    proc.join()
    q.put(None)
