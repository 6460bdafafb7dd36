"""pos_nested_init_reexport_chain.

Clause: The project and its modules ("as Python's import system would resolve it (packages,
`__init__.py` ...)") with Functions and classes, "threads flow to the caller": a function
re-exported through two package `__init__.py` levels (shipyard -> shipyard.telemetry ->
shipyard.telemetry.exporter).

- build.py calls `shipyard.start_exporter(...)` (attribute of the top package): FRK001 at the Pool.
- deploy.py calls `start_exporter` imported `from shipyard`: FRK003 at os.fork().
- release.py calls only flush_now (re-exported one level, no threads): no finding.
"""
import multiprocessing

import shipyard


def compile_target(name):
    return name + ".o"


def build_all(targets):
    shipyard.start_exporter("http://collector:4318")
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(compile_target, targets)
