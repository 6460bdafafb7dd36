"""Case neg_caller_supplies_context (expected: no finding).

rules.md: "`ProcessPoolExecutor(**opts)` is not a default-method sink unless the checker can see
that `opts` lacks `mp_context` (a dict display or `dict(...)` call it can read) ... Unknown is
not unsafe" (Corrections v2); "A receiver the checker cannot resolve (`self._ctx.Pool()`) is not
a sink" (Sinks > Safe); and `mp_context=ctx` with a parameter is none of the default forms
("without mp_context, with mp_context=None, or with a default context"). The caller
render/farm.py has threads and passes a spawn context to all three helpers, so even a checker
that followed the argument would find it safe.
"""
from concurrent.futures import ProcessPoolExecutor


def render_frame(frame):
    return frame


def make_executor(**opts):
    return ProcessPoolExecutor(**opts)


def run_in(ctx, frames):
    with ctx.Pool(2) as pool:
        return pool.map(render_frame, frames)


def executor_for(ctx, workers):
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
