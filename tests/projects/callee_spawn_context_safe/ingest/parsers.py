"""Case callee_spawn_context_safe.

rules.md, Sinks > Safe (a context from get_context("spawn") bound in the same function) and
Across modules > evidence flows to the callee: both functions are called from the threaded
ingest/service.py. parse_safe() uses a spawn context and is safe; parse_fast() uses the
default start method and is reported.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _parse(blob):
    return blob.decode()


def parse_safe(blobs):
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(mp_context=ctx) as pool:
        return list(pool.map(_parse, blobs))


def parse_fast(blobs):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_parse, blobs))
