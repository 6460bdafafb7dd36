"""neg_same_name_outside_roots.

Clause: The project and its modules, "A name imported by the code is a project module when it
resolves to a `.py` file (or package) under a source root, as Python's import system would
resolve it" and "Each module's names are resolved with its own source roots".

The source roots of app/export.py are the case directory only (the directory above the `app`
package, which is also the marker's). `from app import metrics` is ./app/metrics.py, which
starts nothing. legacy/app/metrics.py has the same dotted name under another root (legacy/,
a root only for files inside it) and starts threads; it is not the module imported here.
Expected: no finding.
"""
import multiprocessing

from app import metrics


def render(row):
    return ",".join(map(str, row))


def export(rows):
    metrics.configure("export")
    with multiprocessing.Pool(2) as pool:
        return pool.map(render, rows)
