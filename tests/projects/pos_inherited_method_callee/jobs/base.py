"""Case pos_inherited_method_callee.

rules.md, Across modules > Functions and classes: a method "resolved through the project (...
inherited project methods ...)" has the effects of that body, and "evidence flows to the
callee". jobs/scheduler.py starts a thread and calls `NightlyJob().run_batch()`; run_batch is
inherited from BatchJob, so the pool here is FRK001 (reported in this module, where the fix
goes). WeeklyJob also inherits it but is used by no one: still one finding.
"""
from concurrent.futures import ProcessPoolExecutor


def _run_chunk(chunk):
    return chunk


class BatchJob:
    chunks = ()

    def run_batch(self):
        with ProcessPoolExecutor() as pool:  # error: FRK001:14
            return list(pool.map(_run_chunk, self.chunks))
