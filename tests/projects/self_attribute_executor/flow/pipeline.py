"""Case self_attribute_executor.

rules.md, Across modules > Functions and classes: `self.executor.trigger()` where
`self.executor = Executor(...)` is assigned in the class's __init__ (here) or body
(flow/nightly.py). Executor.trigger() starts a thread, so both modules have thread evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from flow.executor import Executor


def _transform(record):
    return record


class Pipeline:
    def __init__(self):
        self.executor = Executor("pipeline")

    def run(self):
        self.executor.trigger()

    def export(self, records):
        with ProcessPoolExecutor() as pool:  # error: FRK001:14
            return list(pool.map(_transform, records))
