"""Case package_init_reexport.

rules.md, Across modules > The project and its modules (packages, __init__.py) and Functions and
classes: start_telemetry and Broker are re-exported by notifier/__init__.py. `from notifier
import start_telemetry` (here) and `import notifier; notifier.Broker(...)` (notifier/push.py)
resolve to the project definitions, which start threads. The package __init__ itself starts
nothing on import.
"""
import multiprocessing

from notifier import start_telemetry


def _format(entry):
    return entry


def build_digest(entries):
    start_telemetry()
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_format, entries)
