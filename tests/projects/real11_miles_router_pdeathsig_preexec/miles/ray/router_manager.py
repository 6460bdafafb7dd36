"""Starts the router next to the rollout engines, inside the Ray actor."""
import queue
import threading

from miles.utils import process_utils

_METRICS = queue.Queue()


def _flush_metrics():
    while True:
        item = _METRICS.get()
        if item is None:
            return


def start_tracking():
    """Stands in for the experiment tracker's service thread."""
    thread = threading.Thread(target=_flush_metrics, name="tracking-flush", daemon=True)
    thread.start()
    return thread


class RouterManager:
    def __init__(self, router_args):
        self.router_args = router_args
        self.tracking = start_tracking()
        self.process = None

    def launch(self):
        argv = [
            "python",
            "-m",
            "sglang_router.launch_router",
            "--port",
            str(self.router_args["port"]),
        ]
        self.process = process_utils.launch_bound_subprocess(argv, envs={})
        return self.process
