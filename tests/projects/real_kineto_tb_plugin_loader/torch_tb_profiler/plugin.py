"""The TensorBoard plugin: watches the log directory and loads new runs in threads."""

import logging
import os
import queue
import tempfile
import threading
import time

from . import consts
from .profiler import RunLoader

logger = logging.getLogger(__name__)


class TorchProfilerPlugin:
    plugin_name = consts.PLUGIN_NAME

    def __init__(self, logdir):
        self.logdir = os.path.abspath(logdir)
        self._load_lock = threading.Lock()
        self._load_threads = []
        self._runs = {}
        self._cache = tempfile.mkdtemp()
        self._queue = queue.Queue()

        monitor_runs = threading.Thread(target=self._monitor_runs, name="monitor_runs", daemon=True)
        monitor_runs.start()
        receive_runs = threading.Thread(target=self._receive_runs, name="receive_runs", daemon=True)
        receive_runs.start()

    def _monitor_runs(self):
        touched = set()
        while True:
            for run_dir in self._get_run_dirs():
                if run_dir not in touched:
                    touched.add(run_dir)
                    # Use threading to avoid UI stall and reduce data parsing time
                    t = threading.Thread(target=self._load_run, args=(run_dir,))
                    t.start()
                    with self._load_lock:
                        self._load_threads.append(t)
            time.sleep(consts.MONITOR_RUN_REFRESH_INTERNAL_IN_SECONDS)

    def _receive_runs(self):
        while True:
            run = self._queue.get()
            if run is not None:
                self._runs[run["name"]] = run

    def _get_run_dirs(self):
        for root, _, files in os.walk(self.logdir):
            if any(consts.WORKER_PATTERN.match(f) for f in files):
                yield root

    def _load_run(self, run_dir):
        name = os.path.relpath(run_dir, self.logdir)
        loader = RunLoader(name, run_dir, self._cache)
        run = loader.load()
        self._queue.put(run)
        with self._load_lock:
            self._load_threads.remove(threading.current_thread())
