"""Background metrics reporter."""
import threading
import time


def _report_loop(shard_id):
    while True:
        time.sleep(10.0)


def start_reporter(shard_id):
    reporter = threading.Thread(target=_report_loop, args=(shard_id,), daemon=True)
    reporter.start()
    return reporter
