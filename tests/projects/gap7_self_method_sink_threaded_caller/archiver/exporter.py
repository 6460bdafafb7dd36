"""Compresses downloaded batches in worker processes and writes a manifest."""
import json
import os
import zlib
from concurrent.futures import ProcessPoolExecutor


def compress_batch(batch):
    name, payload = batch
    return name, zlib.compress(payload, 9)


class Exporter:
    def __init__(self, dest):
        self.dest = dest

    def export(self, batches):
        blobs = self._compress_all(batches)
        self._write_manifest(blobs)
        return len(blobs)

    def _compress_all(self, batches):
        with ProcessPoolExecutor() as ex:  # error: FRK001:14
            return dict(ex.map(compress_batch, batches))

    def _write_manifest(self, blobs):
        os.makedirs(self.dest, exist_ok=True)
        for name, blob in blobs.items():
            with open(os.path.join(self.dest, name + ".z"), "wb") as fh:
                fh.write(blob)
        with open(os.path.join(self.dest, "manifest.json"), "w") as fh:
            json.dump(sorted(blobs), fh)
