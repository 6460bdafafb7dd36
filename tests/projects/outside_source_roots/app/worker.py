"""Case outside_source_roots.

rules.md, Across modules > The project and its modules: a name is a project module only when it
resolves under a source root. lib/ is not one (the roots are the project directory, from the
app package and from pyproject.toml, and src/, absent), so `import metrics_agent` is unknown
and its import-time thread is not linked: nothing is reported. See source_roots_option for
the same project with `forksafe-source-roots = lib`.
"""
from concurrent.futures import ProcessPoolExecutor

import metrics_agent  # noqa: F401


def _summarise(report):
    return report


def build(reports):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_summarise, reports))
