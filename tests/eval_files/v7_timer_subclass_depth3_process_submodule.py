"""v7_timer_subclass_depth3_process_submodule: a depth-3 local subclass of an aliased threading.Timer.

Clause: Evidence -- constructing "a class that subclasses one of them (defined in the same module,
through any depth of local subclassing)", with `from threading import Timer as _BaseTimer`.
Only the deepest class is constructed. Sink: ProcessPoolExecutor spelled
concurrent.futures.process.ProcessPoolExecutor, imported as PPE.
Expected: FRK001 at PPE(max_workers=2) in recompute().
"""
import random
from concurrent.futures.process import ProcessPoolExecutor as PPE
from threading import Timer as _BaseTimer


class RetryTimer(_BaseTimer):
    def __init__(self, delay, fn, attempt=0):
        super().__init__(delay, fn)
        self.attempt = attempt
        self.daemon = True


class BackoffTimer(RetryTimer):
    def __init__(self, base, fn, attempt=0):
        super().__init__(base * (2 ** attempt), fn, attempt)


class JitterTimer(BackoffTimer):
    def __init__(self, base, fn, attempt=0):
        super().__init__(base + random.random(), fn, attempt)


def _score(item):
    return sum(ord(c) for c in item) % 97


def schedule_refresh(fn, attempt):
    timer = JitterTimer(0.5, fn, attempt)
    timer.start()
    return timer


def recompute(items):
    with PPE(max_workers=2) as pool:  # error: FRK001:10
        return dict(zip(items, pool.map(_score, items)))
