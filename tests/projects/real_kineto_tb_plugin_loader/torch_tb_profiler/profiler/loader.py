"""Case real_kineto_tb_plugin_loader: threaded plugin, default-method Process per trace file.

Report: https://github.com/pytorch/kineto/pull/393 ("Workaround test cases
deadlock"): "Internally, plugin use multiprocessing to do heavy lifting of event
trace parse and preprocessing. However, multiprocessing default to fork() are
causing deadlock on the moment of fork is called"; the workaround was ``spawn``
(torch_tb_profiler/multiprocessing.py). This is the loader before it: one
``multiprocessing.Process`` per trace file, started from the plugin's loader
threads.

Clause: rules.md, "Across modules", "Functions and classes": torch_tb_profiler/
plugin.py (which constructs ``threading.Thread``) runs ``loader = RunLoader(...)``
then ``loader.load()`` in the same scope, a method "resolved through the
project" (``RunLoader`` comes from the package ``__init__`` re-export); "evidence
flows to the callee", so the ``mp.Process(...)`` sink in ``load`` (default start
method) is judged with plugin.py's evidence. A call made in a thread's target
still runs in the parent.

Expected: one FRK001, at ``mp.Process(...)`` in ``RunLoader.load``.
``mp.Queue()`` is not a sink; ``_process_data`` (the target) is child-only code.
"""

import bisect
import logging
import multiprocessing as mp
import os
from collections import defaultdict

from .. import consts

logger = logging.getLogger(__name__)


class RunLoader:
    def __init__(self, name, run_dir, caches):
        self.run_name = name
        self.run_dir = run_dir
        self.caches = caches
        self.queue = mp.Queue()

    def load(self):
        workers = []
        spans_by_workers = defaultdict(list)
        for path in os.listdir(self.run_dir):
            match = consts.WORKER_PATTERN.match(path)
            if not match:
                continue
            worker, span = match.group(1), match.group(2)
            if span is not None:
                bisect.insort(spans_by_workers[worker], span)
            workers.append((worker, span, path))

        for worker, span, path in workers:
            p = mp.Process(target=self._process_data, args=(worker, span, path))  # error: FRK001:17
            p.start()
        logger.info("started all processing")

        profiles = []
        num_items = len(workers)
        while num_items > 0:
            item = self.queue.get()
            num_items -= 1
            if item is not None:
                profiles.append(item)
        return {"name": self.run_name, "profiles": profiles}

    def _process_data(self, worker, span, path):
        try:
            local_file = os.path.join(self.run_dir, path)
            with open(local_file, "rb") as f:
                size = len(f.read())
            self.queue.put({"worker": worker, "span": span, "bytes": size})
        except Exception:  # noqa: BLE001
            logger.warning("Failed to parse profile data for Run %s on %s", self.run_name, worker)
            self.queue.put(None)
