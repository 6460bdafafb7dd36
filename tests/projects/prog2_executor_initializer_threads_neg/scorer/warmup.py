"""Per-worker initialisation."""
import threading

CACHE = {}


def _refresh(path):
    CACHE["model"] = path


def init_worker(model_path):
    _refresh(model_path)
    timer = threading.Timer(300.0, _refresh, args=(model_path,))
    timer.daemon = True
    timer.start()
