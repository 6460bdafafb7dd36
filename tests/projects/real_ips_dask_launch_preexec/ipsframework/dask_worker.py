"""Stand-in for a dask.distributed worker: runs submitted IPS tasks on a pool of threads.

dask.distributed is not a rules.md catalog library, so the worker's task threads are written out
with the standard library. Each thread takes (binary, task_name, working_dir, args, keywords)
tuples from the queue and runs services.launch(), as the dask worker does for
Client.submit(launch, ...).
"""
import queue
import threading

from ipsframework import services


class ThreadedTaskWorker:
    def __init__(self, nthreads: int = 4) -> None:
        self.tasks: "queue.Queue" = queue.Queue()
        self.results: "queue.Queue" = queue.Queue()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(nthreads)]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def _run(self) -> None:
        while True:
            item = self.tasks.get()
            if item is None:
                return
            binary, task_name, working_dir, args, keywords = item
            self.results.put(services.launch(binary, task_name, working_dir, *args, **keywords))

    def submit(self, binary, task_name, working_dir, *args, **keywords) -> None:
        self.tasks.put((binary, task_name, working_dir, args, keywords))
