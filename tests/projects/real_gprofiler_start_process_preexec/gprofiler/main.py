"""gProfiler agent main loop: profilers run concurrently, snapshots go through a thread pool."""
import concurrent.futures
import threading

from gprofiler.profilers.perf import SystemProfiler
from gprofiler.system_metrics import SystemMetricsMonitor


class GProfiler:
    def __init__(self, duration, frequency):
        self._stop_event = threading.Event()
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=10)
        self._system_metrics_monitor = SystemMetricsMonitor(self._stop_event)
        self.system_profiler = SystemProfiler(frequency, duration, self._stop_event)

    def start(self):
        self._system_metrics_monitor.start()
        self.system_profiler.start()

    def _snapshot(self):
        future = self._executor.submit(self.system_profiler.snapshot)
        return future.result()

    def run_continuous(self):
        self.start()
        while not self._stop_event.is_set():
            self._snapshot()


def main():
    gprofiler = GProfiler(duration=60, frequency=11)
    gprofiler.run_continuous()


if __name__ == "__main__":
    main()
