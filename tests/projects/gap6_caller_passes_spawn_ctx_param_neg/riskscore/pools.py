"""gap6_caller_passes_spawn_ctx_param_neg.

Clause: Sinks table (default start method: "without mp_context, with mp_context=None, or
with a default context") and Corrections v2 "Unknown is not unsafe". run_batch() passes its
own parameter on: `ProcessPoolExecutor(..., mp_context=mp_context)`. The threaded caller
live.py passes `mp_context=SPAWN` (a module-level `get_context("spawn")`); replay.py passes
nothing but starts no threads and has no other evidence. A parameter is not one of the
default forms, so the executor is no default-method sink; and if the checker followed the
argument, the only threaded caller gives spawn. No finding either way.
"""
from concurrent.futures import ProcessPoolExecutor


def score_job(job):
    return job, len(job) % 7


def run_batch(jobs, mp_context=None):
    with ProcessPoolExecutor(max_workers=4, mp_context=mp_context) as executor:
        return dict(executor.map(score_job, jobs))
