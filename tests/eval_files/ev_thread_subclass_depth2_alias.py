"""Evidence: a subclass of a subclass of `threading.Thread` (via `import threading as thr`), constructed.

rules.md, "Evidence": constructing "a class that subclasses one of them (defined in the same
module, through any depth of local subclassing)"; names resolve through `import threading as th`.
Sink: `multiprocessing.Process(...)` (default start method, FRK001) through
`import multiprocessing as mp`.  The `thr.Event()` inside a method is not a module-level lock.
Expected: FRK001 at the `mp.Process(` call in export(); nothing else.
"""
import multiprocessing as mp
import threading as thr
import time


class _StoppableThread(thr.Thread):
    def __init__(self, **kwargs):
        super().__init__(daemon=True, **kwargs)
        self._stop_event = thr.Event()

    def stop(self):
        self._stop_event.set()


class Poller(_StoppableThread):
    def __init__(self, interval):
        super().__init__(name="poller")
        self.interval = interval

    def run(self):
        while not self._stop_event.wait(self.interval):
            time.sleep(0)


def write_rows(rows):
    with open("/tmp/export.csv", "w") as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")


def start_polling():
    poller = Poller(interval=5)
    poller.start()
    return poller


def export(rows):
    proc = mp.Process(target=write_rows, args=(rows,))  # error: FRK001:12
    proc.start()
    proc.join()
