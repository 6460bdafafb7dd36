"""Shared helpers: a background flusher that appends results to a JSON-lines file."""
import json
import threading
import time


def start_flusher(results, out_path, interval=2.0):
    """Append new items of `results` to `out_path` every `interval` seconds."""

    def loop():
        written = 0
        while True:
            time.sleep(interval)
            fresh = results[written:]
            with open(out_path, "a", encoding="utf-8") as fh:
                for item in fresh:
                    fh.write(json.dumps(item) + "\n")
            written += len(fresh)

    thread = threading.Thread(target=loop, name="flusher", daemon=True)
    thread.start()
    return thread
