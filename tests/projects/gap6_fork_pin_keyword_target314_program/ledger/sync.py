import threading
import time

from ledger import batch, compat


def _poll_bank():
    while True:
        print("polling bank feed")
        time.sleep(60)


def main():
    compat.use_fork()
    threading.Thread(target=_poll_bank, daemon=True).start()
    print(batch.post_batches(["2026-11", "2026-12"]))
