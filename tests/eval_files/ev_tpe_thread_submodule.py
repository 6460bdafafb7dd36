"""Evidence: the long spelling concurrent.futures.thread.ThreadPoolExecutor; sink spelled concurrent.futures.process.ProcessPoolExecutor (rules.md Evidence bullet 2, sink table row 1)."""
import concurrent.futures.process
import concurrent.futures.thread
import hashlib


def _digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


class Uploader:
    def __init__(self, store):
        self.store = store
        self.pool = concurrent.futures.thread.ThreadPoolExecutor(max_workers=4)

    def upload_all(self, blobs):
        executor = concurrent.futures.process.ProcessPoolExecutor(max_workers=2)  # error: FRK001:20
        with executor:
            digests = list(executor.map(_digest, blobs))
        return [self.pool.submit(self.store.put, d, b) for d, b in zip(digests, blobs)]
