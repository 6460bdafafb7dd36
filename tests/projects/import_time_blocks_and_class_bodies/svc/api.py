"""Case import_time_blocks_and_class_bodies.

rules.md, Across modules > Import-time threads: "import time" is "as ... defined for locks
above": module-level statements "also inside module-level if/try/with/for blocks" and "class
bodies". svc.tracing starts its thread in a module-level if block (imported here), svc.pools
builds a ThreadPoolExecutor in a class body (imported by svc/jobs.py).
"""
import multiprocessing

from svc import tracing  # noqa: F401


def _handle(request):
    return request


def handle_batch(requests):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_handle, requests)
