"""Records which data variables of a region are done (reformatters)."""
import queue
import threading


class UpdateProgressTracker:
    def __init__(self, reformat_job_name: str, region_start: int) -> None:
        self.reformat_job_name = reformat_job_name
        self.region_start = region_start
        self.queue: "queue.Queue[str]" = queue.Queue()
        self.processed_variables: set = set()
        self.thread = threading.Thread(target=self._process_queue, daemon=True)
        self.thread.start()

    def _process_queue(self) -> None:
        while True:
            name = self.queue.get()
            if name == "":
                return
            self.processed_variables.add(name)

    def record_completion(self, name: str) -> None:
        self.queue.put(name)

    def close(self) -> None:
        self.queue.put("")
        self.thread.join()
