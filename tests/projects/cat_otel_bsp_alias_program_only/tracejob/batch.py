"""Checksums a batch of files in worker processes (sink module of
cat_otel_bsp_alias_program_only: FRK001 at line 16, through the tracer-job program)."""
import hashlib
import multiprocessing


def checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return path, digest.hexdigest()


def run_batch(paths):
    with multiprocessing.Pool(processes=4) as pool:  # error: FRK001:10
        return pool.map(checksum, paths)
