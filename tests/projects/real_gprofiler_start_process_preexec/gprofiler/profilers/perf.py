"""System-wide perf profiler: runs `perf record` through start_process()."""
from gprofiler.utils import run_process, start_process


class PerfProcess:
    def __init__(self, frequency, output_path):
        self._frequency = frequency
        self._output_path = output_path
        self._process = None

    def _get_perf_cmd(self):
        return ["perf", "record", "-F", str(self._frequency), "-a", "-g", "-o", self._output_path]

    def start(self):
        self._process = start_process(self._get_perf_cmd(), via_staticx=False)

    def stop(self):
        if self._process is not None:
            self._process.terminate()
            self._process.communicate()


class SystemProfiler:
    def __init__(self, frequency, duration, stop_event):
        self._frequency = frequency
        self._duration = duration
        self._stop_event = stop_event
        self._perf = None

    def start(self):
        perf = PerfProcess(self._frequency, "/tmp/gprofiler_tmp/perf.fp")
        perf.start()
        self._perf = perf

    def snapshot(self):
        self._stop_event.wait(self._duration)
        return run_process(["perf", "script", "-i", "/tmp/gprofiler_tmp/perf.fp"], timeout=60)
