"""cat_sentry_init_import_time_pool.

Clauses: "Library thread starters (the catalog)" (`sentry_sdk.init`, a call) with
"Across modules: the project" / import-time threads.
shopfront/observability.py calls `sentry_sdk.init(...)` at module level, so importing it
starts Sentry's background worker thread. This module imports it (relative import), so it has
thread evidence and the default-method `multiprocessing.Pool` below is reported:
FRK001 at line 21. The pool task is a module-level function.
"""
from multiprocessing import Pool

from . import observability  # noqa: F401  (configures Sentry on import)


def render_report(order_id):
    lines = ["order %s" % order_id, "-" * 20]
    return "\n".join(lines)


def build_reports(order_ids):
    with Pool(4) as pool:  # error: FRK001:10
        return pool.map(render_report, order_ids)
