"""Case self_method_call.

rules.md, Across modules > Functions and classes: `self.method()` inside the class is resolved
through the project. Collector().start() reaches self._spawn_flusher(), which starts a thread,
so this module has thread evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from collector.service import Collector


def _compress(chunk):
    return chunk[::-1]


def ship(chunks):
    Collector("s3://logs").start()
    with ProcessPoolExecutor(max_workers=2) as pool:  # error: FRK001:10
        return list(pool.map(_compress, chunks))
