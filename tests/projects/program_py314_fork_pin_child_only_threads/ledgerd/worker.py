"""Per-account worker process; it flushes its journal from a thread (child only)."""
import threading
import time


def _flush_journal(account):
    time.sleep(1)
    print("flushed", account)


def run_worker(account):
    flusher = threading.Thread(target=_flush_journal, args=(account,), daemon=True)
    flusher.start()
    flusher.join()
