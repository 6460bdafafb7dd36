"""Case import_time_module_level.

rules.md, Across modules > What a module passes on > Import-time threads: app.metrics starts
a thread at module level when it is imported, so this module (which imports it) has thread
evidence and its default-start-method pool is reported. app/report.py does not import
app.metrics and stays silent. No entry points: import and call links only.
"""
from concurrent.futures import ProcessPoolExecutor

import app.metrics  # noqa: F401  (starts the metrics pusher)


def _render(row):
    return ",".join(str(value) for value in row)


def export_rows(rows):
    with ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        return list(pool.map(_render, rows))
