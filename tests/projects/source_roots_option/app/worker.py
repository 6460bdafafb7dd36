"""Case source_roots_option.

rules.md, Across modules > Source roots "plus --forksafe-source-roots (comma-separated, relative
to the config file or cwd)": setup.cfg adds lib/ and vendor/. `import metrics_agent` resolves
to lib/metrics_agent.py and app/exporter.py's `import tracing_shim` to vendor/tracing_shim.py;
both start a thread on import. Same project as outside_source_roots.
"""
from concurrent.futures import ProcessPoolExecutor

import metrics_agent  # noqa: F401


def _summarise(report):
    return report


def build(reports):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_summarise, reports))
