"""Case outside_source_roots.

rules.md, Across modules > The project and its modules: a name is a project module only when it
resolves under a source root. lib/ and vendor/ are not roots (the roots are the project
directory, from the app package and from pyproject.toml, and src/, absent), so
`import metrics_agent` (here) and `import tracing_shim` (app/exporter.py) are unknown and their
import-time threads are not linked: nothing is reported. See source_roots_option for the same
project with `forksafe-source-roots = lib,vendor`.
"""
from concurrent.futures import ProcessPoolExecutor

import metrics_agent  # noqa: F401


def _summarise(report):
    return report


def build(reports):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_summarise, reports))
