"""Case kwargs_pool_options.

rules.md, Corrections (version 2), first bullet: `ProcessPoolExecutor(**opts)` is not a
default-method sink unless the checker can see that `opts` lacks `mp_context` (a dict display
or `dict(...)` call it can read). Unknown is not unsafe. The module has thread evidence
(imports analytics.tracing, which starts a thread on import).
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from analytics import tracing  # noqa: F401


def _score(row):
    return row


def run_configured(rows, opts):
    with ProcessPoolExecutor(**opts) as pool:
        return list(pool.map(_score, rows))


def run_display(rows):
    opts = {"max_workers": 4}
    with ProcessPoolExecutor(**opts) as pool:  # error: FRK001:10
        return list(pool.map(_score, rows))


def run_dict_call(rows):
    opts = dict(max_workers=2)
    with ProcessPoolExecutor(**opts) as pool:  # error: FRK001:10
        return list(pool.map(_score, rows))


def run_spawn_in_opts(rows):
    opts = {"max_workers": 2, "mp_context": multiprocessing.get_context("spawn")}
    with ProcessPoolExecutor(**opts) as pool:
        return list(pool.map(_score, rows))
