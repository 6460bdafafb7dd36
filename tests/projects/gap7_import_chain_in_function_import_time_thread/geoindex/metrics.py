"""Process-wide counters, flushed to a log file by a thread started on import."""
import collections
import threading
import time

COUNTS = collections.Counter()


def _flush_loop(path="geoindex-metrics.log", interval=10.0):
    while True:
        time.sleep(interval)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{time.time():.0f} {dict(COUNTS)}\n")


def count(name, n=1):
    COUNTS[name] += n


_FLUSHER = threading.Thread(target=_flush_loop, name="metrics-flush", daemon=True)
_FLUSHER.start()
